// The working-day calendar's part of the OpenAPI document: public routes, no sign-in.

extension OpenAPIDocument {
    static let calendarPaths = #"""
    "/api/v1/calendar": {"get": {"summary": "A year's holidays and adjusted working days (调休上班) by the working-day calendar",
            "parameters": [{"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 1900, "maximum": 2200}, "description": "default: this year"}],
            "responses": {"200": {"description": "the year's special days, in date order", "content": {"application/json": {"schema": \#(CalendarController.YearDays.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/calendar/add": {"get": {"summary": "The day N working days after a day (counting from the next working day; 0 is the day itself)",
            "parameters": [{"name": "from", "in": "query", "required": true, "schema": {"$ref": "#/components/schemas/Day"}},
              {"name": "days", "in": "query", "required": true, "schema": {"type": "integer", "minimum": 0}}],
            "responses": {"200": {"description": "the day", "content": {"application/json": {"schema": \#(CalendarController.Added.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/calendar/count": {"get": {"summary": "The working days in (from, to]: negative when to is before from",
            "parameters": [{"name": "from", "in": "query", "required": true, "schema": {"$ref": "#/components/schemas/Day"}},
              {"name": "to", "in": "query", "required": true, "schema": {"$ref": "#/components/schemas/Day"}}],
            "responses": {"200": {"description": "the count", "content": {"application/json": {"schema": \#(CalendarController.Counted.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}}}},
    """#
}

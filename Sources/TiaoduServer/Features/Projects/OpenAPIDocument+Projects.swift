// The project part of the OpenAPI document: the register, progress, blockers, figures,
// concentrated starts and the quarterly contest.

extension OpenAPIDocument {
    static let projectPaths = #"""
    "/api/v1/projects": {
          "get": {"summary": "The project register the user may read", "parameters": [{"name": "owner", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "projects", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Project"}}}}},
              "401": {"$ref": "#/components/responses/Error"}}},
          "post": {"summary": "Register or edit projects (rows of the CSV contract): all or nothing, within the user's units; stages move only by /stage", "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object", "additionalProperties": {"oneOf": [{"type": "string"}, {"type": "number"}], "nullable": true}}}}}},
            "responses": {"200": {"description": "written", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteSummary"}}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/projects/{code}": {"get": {"summary": "One project with its stage events, the year's monthly progress and its blockers",
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 1900, "maximum": 2200}}],
            "responses": {"200": {"description": "the project", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProjectDetail"}}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/projects/{code}/stage": {"post": {"summary": "Move a project one stage on (its owner's reporters and admins)", "security": [{"bearer": []}],
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["stage"], "properties": {
              "stage": {"type": "string", "enum": ["reserve", "signed", "started", "underConstruction", "completed", "atFullOutput"]}, "note": {"type": "string", "nullable": true},
              "on": {"type": "string", "nullable": true, "example": "2021-09-26", "description": "the day it took effect (default today; not in the future)"}}}}}},
            "responses": {"200": {"description": "moved", "content": {"application/json": {"schema": \#(ProjectsController.StageMoved.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/projects/{code}/blockers": {"post": {"summary": "Raise a blocker on a project (its owner's reporters and admins)", "security": [{"bearer": []}],
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["kind", "description", "solver"], "properties": {
              "kind": {"type": "string", "enum": ["land", "labour", "funding", "approvals", "power", "other"]}, "description": {"type": "string"}, "solver": {"type": "string"},
              "due": {"type": "string", "nullable": true, "example": "2021-10-31"}}}}}},
            "responses": {"201": {"description": "raised", "content": {"application/json": {"schema": \#(ProjectTrackingController.Created.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/blockers/{id}/resolve": {"post": {"summary": "Mark a blocker resolved, saying how", "security": [{"bearer": []}],
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["resolution"], "properties": {"resolution": {"type": "string"}}}}}},
            "responses": {"200": {"description": "resolved", "content": {"application/json": {"schema": \#(ProjectTrackingController.Resolved.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/progress": {"post": {"summary": "Report monthly progress (code, period, investment in 亿元, progress): all or nothing, within the user's units, not into locked months", "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object", "required": ["code", "period", "investment"], "properties": {
              "code": {"type": "string"}, "period": {"type": "string"}, "investment": {"oneOf": [{"type": "string"}, {"type": "number"}]}, "progress": {"type": "string", "nullable": true}}}}}}},
            "responses": {"200": {"description": "written", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteSummary"}}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/project-figures": {"get": {"summary": "Where the projects stand as of a month: per unit and chain, lists behind schedule, not started, open blockers",
            "parameters": [{"name": "period", "in": "query", "schema": {"$ref": "#/components/schemas/Period"}},
              {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"]}}, {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["zh", "en"]}}],
            "responses": {"200": {"description": "figures", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProjectFigures"}}, "text/csv": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/concentrated-starts": {
          "get": {"summary": "Concentrated starts (集中开工) with their total investment", "responses": {"200": {"description": "batches", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Batch"}}}}},
              "401": {"$ref": "#/components/responses/Error"}}},
          "post": {"summary": "Record a concentrated start of the organiser's projects", "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["org", "day", "name", "codes"], "properties": {
              "org": {"type": "string"}, "day": {"type": "string", "example": "2021-09-26"}, "name": {"type": "string"}, "codes": {"type": "array", "items": {"type": "string"}}}}}}},
            "responses": {"201": {"description": "recorded", "content": {"application/json": {"schema": \#(ProjectTrackingController.Created.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/contest": {
          "get": {"summary": "A quarter's contest sheet: published, or a live preview for readers of the whole city", "parameters": [{"$ref": "#/components/parameters/Quarter"}],
            "responses": {"200": {"description": "the sheet", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ContestSheet"}}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}}},
          "put": {"summary": "Set a quarter's rules and county inputs (admins; the form's field names)", "security": [{"bearer": []}], "parameters": [{"$ref": "#/components/parameters/Quarter"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "additionalProperties": {"oneOf": [{"type": "string"}, {"type": "number"}], "nullable": true}}}}},
            "responses": {"200": {"description": "saved", "content": {"application/json": {"schema": \#(ContestController.SavedQuarter.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/contest/publish": {"post": {"summary": "Publish a quarter's sheet as it stands (admins; once)", "security": [{"bearer": []}], "parameters": [{"$ref": "#/components/parameters/Quarter"}],
            "responses": {"200": {"description": "published", "content": {"application/json": {"schema": \#(ContestController.PublishedQuarter.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
    """#

    static let projectSchemas = #"""
    "Figures": {"type": "object", "required": ["key", "projects", "byStage", "plannedStarts", "started", "annualPlan", "invested", "schedule"], "properties": {
            "key": {"type": "string"}, "projects": {"type": "integer"}, "byStage": {"type": "object", "additionalProperties": {"type": "integer"}},
            "plannedStarts": {"type": "integer"}, "started": {"type": "integer"}, "startRate": {"type": "number", "nullable": true},
            "plannedCompletions": {"type": "integer"}, "completed": {"type": "integer"}, "completionRate": {"type": "number", "nullable": true},
            "plannedProduction": {"type": "integer"}, "inProduction": {"type": "integer"}, "productionRate": {"type": "number", "nullable": true},
            "annualPlan": {"type": "number"}, "invested": {"type": "number"}, "investmentCompletion": {"type": "number", "nullable": true}, "schedule": {"type": "number"},
            "gap": {"type": "number", "nullable": true}, "share": {"type": "number", "nullable": true}, "rank": {"type": "integer", "nullable": true}}},
          "Blocker": \#(ProjectTrackingController.BlockerItem.openAPI),
          "ProjectFigures": {"type": "object", "required": ["period", "units", "chains", "behindSchedule", "notStarted", "unreported", "openBlockers"], "properties": {
            "period": {"type": "string"}, "city": {"allOf": [{"$ref": "#/components/schemas/Figures"}], "nullable": true},
            "units": {"type": "array", "items": {"$ref": "#/components/schemas/Figures"}}, "chains": {"type": "array", "items": {"$ref": "#/components/schemas/Figures"}},
            "behindSchedule": {"type": "array", "items": {"type": "object", "required": ["code", "invested"], "properties": {"code": {"type": "string"}, "invested": {"type": "number"},
              "completion": {"type": "number", "nullable": true}, "gap": {"type": "number", "nullable": true}}}},
            "notStarted": {"type": "array", "items": {"type": "string"}}, "unreported": {"type": "array", "items": {"type": "string"}}, "openBlockers": {"type": "array", "items": {"$ref": "#/components/schemas/Blocker"}}}},
          "ProjectDetail": {"type": "object", "required": ["project", "year", "events", "progress", "blockers"], "properties": {
            "project": {"$ref": "#/components/schemas/Project"}, "year": {"type": "integer"},
            "events": {"type": "array", "items": \#(ProjectTrackingController.Event.openAPI)},
            "progress": {"type": "array", "items": {"type": "object", "required": ["period", "investment", "cumulative"], "properties": {"period": {"type": "string"},
              "investment": {"type": "number"}, "cumulative": {"type": "number"}, "progress": {"type": "string", "nullable": true}, "updatedBy": {"type": "string"}}}},
            "blockers": {"type": "array", "items": {"$ref": "#/components/schemas/Blocker"}}}},
          "Batch": {"type": "object", "required": ["id", "org", "day", "name", "codes", "totalInvestment"], "properties": {"id": {"type": "integer"}, "org": {"type": "string"},
            "day": {"type": "string"}, "name": {"type": "string"}, "codes": {"type": "array", "items": {"type": "string"}}, "totalInvestment": {"type": "number"}}},
          "ContestSheet": {"type": "object", "required": ["year", "quarter", "published", "rows"], "properties": {"year": {"type": "integer"}, "quarter": {"type": "integer"},
            "published": {"type": "boolean"}, "rules": {"type": "object", "nullable": true},
            "rows": {"type": "array", "items": {"type": "object", "required": ["org", "peerGroup", "rank", "projects", "concentratedStarts", "deductions", "panel", "total"], "properties": {
              "org": {"type": "string"}, "peerGroup": {"type": "string"}, "rank": {"type": "integer"}, "previousRank": {"type": "integer", "nullable": true},
              "projects": {"type": "number"}, "concentratedStarts": {"type": "number"}, "deductions": {"type": "number"}, "panel": {"type": "number"}, "total": {"type": "number"}}}}}},
    """#
}

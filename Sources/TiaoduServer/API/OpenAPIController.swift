// GET /api/v1/openapi.json — the OpenAPI 3 document of the JSON API. A test keeps it in step
// with the routes the server registers (`tiaodu routes`), and CI runs Schemathesis against it.
import Vapor

struct OpenAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1").get("openapi.json") { _ in Response.json(OpenAPIDocument.json) }
    }
}

enum OpenAPIDocument {
    static let json: String = #"""
    {
      "openapi": "3.0.3",
      "info": {"title": "Tiaodu (调度) API", "version": "1", "description": "Indicators, targets, values, bulletins (通报), major projects and their quarterly contest. Numbers are exact decimal literals; null where a figure does not exist."},
      "paths": {
        "/healthz": {"get": {"summary": "Liveness", "responses": {"200": {"description": "up", "content": {"application/json": {"schema": \#(HealthController.Body.openAPI)}}}}}},
        "/api/v1/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "the OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
        "/api/v1/orgs": {"get": {"summary": "The org tree, in order", "responses": {"200": {"description": "units", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/OrgUnit"}}}}}}}},
        "/api/v1/indicators": {"get": {"summary": "The indicator catalogue", "responses": {"200": {"description": "indicators", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Indicator"}}}}}}}},
        "/api/v1/targets": {"get": {"summary": "Annual targets", "parameters": [{"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 1900, "maximum": 2200}}],
          "responses": {"200": {"description": "targets of the units the user may read", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Target"}}}}},
            "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/values": {
          "get": {"summary": "Stored values, exactly as entered: of published periods, and of the user's units", "parameters": [
              {"name": "org", "in": "query", "schema": {"type": "string"}}, {"name": "indicator", "in": "query", "schema": {"type": "string"}},
              {"name": "from", "in": "query", "schema": {"$ref": "#/components/schemas/Period"}}, {"name": "to", "in": "query", "schema": {"$ref": "#/components/schemas/Period"}}],
            "responses": {"200": {"description": "values", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/StoredValue"}}}}}, "400": {"$ref": "#/components/responses/Error"}}},
          "post": {"summary": "Write values: all or nothing, within the user's units", "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/ValueInput"}}}}},
            "responses": {"200": {"description": "written", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteSummary"}}}},
                          "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                          "413": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}},
          "delete": {"summary": "Delete a mistaken value (admins; not of a locked month); audited with the reason", "security": [{"bearer": []}], "parameters": [
              {"name": "org", "in": "query", "required": true, "schema": {"type": "string"}}, {"name": "indicator", "in": "query", "required": true, "schema": {"type": "string"}},
              {"name": "period", "in": "query", "required": true, "schema": {"$ref": "#/components/schemas/Period"}}, {"name": "reason", "in": "query", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "deleted", "content": {"application/json": {"schema": \#(ValuesController.Deleted.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/history": {"get": {"summary": "Every version of a unit's values and targets", "parameters": [
              {"name": "org", "in": "query", "required": true, "schema": {"type": "string"}}, {"name": "indicator", "in": "query", "required": true, "schema": {"type": "string"}},
              {"name": "period", "in": "query", "schema": {"$ref": "#/components/schemas/Period"}}],
            "responses": {"200": {"description": "history, oldest first", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/HistoryEntry"}}}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/submissions": {
          "get": {"summary": "The state in the monthly cycle of each unit the user may read", "security": [{"bearer": []}], "parameters": [{"name": "period", "in": "query", "schema": {"$ref": "#/components/schemas/Period"}}],
            "responses": {"200": {"description": "states", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Submission"}}}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}}},
          "post": {"summary": "Submit, withdraw, approve, reject, accept or unlock a unit's period", "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Move"}}}},
            "responses": {"200": {"description": "the new state", "content": {"application/json": {"schema": \#(SubmissionsController.Moved.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/review": {"get": {"summary": "The plausibility warnings on a unit's figures of a period, each with the unit's note", "security": [{"bearer": []}],
            "parameters": [{"name": "org", "in": "query", "required": true, "schema": {"type": "string"}}, {"name": "period", "in": "query", "required": true, "schema": {"$ref": "#/components/schemas/Period"}}],
            "responses": {"200": {"description": "warnings", "content": {"application/json": {"schema": \#(ReviewController.Review.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/notes": {"post": {"summary": "The unit's notes on warnings of its figures, all or none (a month is submitted once every warning has one)", "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["org", "period", "notes"], "properties": {
              "org": {"type": "string"}, "period": {"$ref": "#/components/schemas/Period"}, "notes": {"type": "array", "items": {"type": "object", "required": ["indicator", "flag", "note"],
              "properties": {"indicator": {"type": "string"}, "flag": {"type": "string", "enum": ["share-over-100", "tripled", "fell-to-a-third", "growth-contradicts"]}, "note": {"type": "string"}}}}}}}}},
            "responses": {"200": {"description": "saved", "content": {"application/json": {"schema": \#(ReviewController.Saved.openAPI)}}},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}},
        \#(calendarPaths)
        \#(projectPaths)
        \#(casePaths)
        "/api/v1/bulletin": {"get": {"summary": "The bulletin of a parent and its children", "parameters": [
              {"name": "period", "in": "query", "schema": {"$ref": "#/components/schemas/Period"}}, {"name": "parent", "in": "query", "schema": {"type": "string"}},
              {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"]}}, {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["zh", "en"]}}],
            "responses": {"200": {"description": "the bulletin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Bulletin"}}, "text/csv": {"schema": {"type": "string"}}}},
                          "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                          "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}}
      },
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "a token from `tiaodu token add LOGIN`"}},
        "parameters": {"Quarter": {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "pattern": "^(19[0-9]{2}|2[01][0-9]{2}|2200)[Qq][1-4]$", "example": "2021Q3"}}},
        "responses": {"Error": {"description": "what went wrong, with the bad items of a batch", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
        "schemas": {
          "Day": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "example": "2021-09-30", "description": "a date, 1900–2200"},
          "Period": {"type": "string", "pattern": "^((19[0-9]{2}|2[01][0-9]{2}|2200)(-(0[1-9]|1[0-2])|[Qq][1-4])?)?$", "example": "2021-09",
            "description": "a month 2021-09, a quarter 2021Q3 or a year 2021 (1900–2200); empty means the default (the latest month with data)"},
          "Error": \#(APIError.Body.openAPI),
          "OrgUnit": \#(CatalogueController.Org.openAPI),
          "Indicator": {"type": "object", "required": ["code", "name", "unit", "frequency", "accumulation", "direction", "growthBasis", "aggregation", "decimals"], "properties": {
            "code": {"type": "string"}, "name": {"type": "string"}, "nameEn": {"type": "string", "nullable": true}, "unit": {"type": "string"},
            "frequency": {"type": "string", "enum": ["monthly", "quarterly", "annual"]}, "accumulation": {"type": "string", "enum": ["flow", "cumulative", "stock", "ratio"]},
            "direction": {"type": "string", "enum": ["up", "down"]}, "growthBasis": {"type": "string", "enum": ["nominal", "real", "comparable"]},
            "aggregation": {"type": "string", "enum": ["sum", "reported", "ratio", "none"]}, "decimals": {"type": "integer"}, "numerator": {"type": "string", "nullable": true},
            "denominator": {"type": "string", "nullable": true}, "schedule": {"type": "string"}, "amberThreshold": {"type": "number", "nullable": true},
            "department": {"type": "string", "nullable": true, "description": "the department (条线) that owns the indicator"},
            "unreported": {"type": "string", "enum": ["missing", "zero"], "description": "what an unreported month of a flow means"}}},
          "Target": {"type": "object", "required": ["org", "indicator", "year", "type", "value"], "properties": {"org": {"type": "string"}, "indicator": {"type": "string"},
            "year": {"type": "integer"}, "type": {"type": "string", "enum": ["amount", "growth", "count", "rate"]}, "value": {"type": "number"}}},
          "StoredValue": {"type": "object", "required": ["org", "indicator", "period", "updatedAt", "updatedBy"], "properties": {"org": {"type": "string"}, "indicator": {"type": "string"},
            "period": {"type": "string"}, "value": {"type": "number", "nullable": true}, "growth": {"type": "number", "nullable": true}, "updatedAt": {"type": "integer"}, "updatedBy": {"type": "string"},
            "status": {"type": "string", "enum": ["preliminary", "accepted"], "description": "preliminary until the city accepts the period"}}},
          "ValueInput": {"type": "object", "required": ["org", "indicator", "period"], "properties": {"org": {"type": "string"}, "indicator": {"type": "string"},
            "period": {"$ref": "#/components/schemas/Period"}, "value": {"oneOf": [{"type": "string"}, {"type": "number"}], "nullable": true},
            "growth": {"oneOf": [{"type": "string"}, {"type": "number"}], "nullable": true}}},
          "WriteSummary": \#(WriteSummary.openAPI),
          "HistoryEntry": {"type": "object", "required": ["kind", "org", "indicator", "period", "changedAt", "changedBy", "source"], "properties": {
            "kind": {"type": "string", "enum": ["value", "target"]}, "org": {"type": "string"}, "indicator": {"type": "string"}, "period": {"type": "string"},
            "oldValue": {"type": "number", "nullable": true}, "oldExtra": {"type": "string", "nullable": true}, "newValue": {"type": "number", "nullable": true},
            "newExtra": {"type": "string", "nullable": true}, "changedAt": {"type": "integer"}, "changedBy": {"type": "string"}, "source": {"type": "string"}}},
          "Ranks": {"type": "object", "properties": {"total": {"type": "integer", "nullable": true}, "growth": {"type": "integer", "nullable": true}, "completion": {"type": "integer", "nullable": true}}},
          "BulletinRow": {"type": "object", "required": ["org", "indicator", "isParent", "rank", "previousRank", "mismatch", "growthMismatch"], "properties": {
            "org": {"type": "string"}, "indicator": {"type": "string"}, "isParent": {"type": "boolean"}, "peerGroup": {"type": "string", "nullable": true},
            "ytd": {"type": "number", "nullable": true}, "growth": {"type": "number", "nullable": true}, "growthSource": {"type": "string", "enum": ["published", "computed"], "nullable": true},
            "growthMismatch": {"type": "boolean"}, "target": {"type": "number", "nullable": true}, "targetType": {"type": "string", "enum": ["amount", "growth", "count", "rate"], "nullable": true},
            "completion": {"type": "number", "nullable": true}, "schedule": {"type": "number", "nullable": true}, "gap": {"type": "number", "nullable": true},
            "requiredPace": {"type": "number", "nullable": true}, "requiredGrowth": {"type": "number", "nullable": true},
            "status": {"type": "string", "enum": ["green", "amber", "red"], "nullable": true}, "rank": {"$ref": "#/components/schemas/Ranks"},
            "previousRank": {"$ref": "#/components/schemas/Ranks"}, "childrenSum": {"type": "number", "nullable": true}, "mismatch": {"type": "boolean"},
            "growthUnit": {"type": "string", "enum": ["%", "points"], "nullable": true, "description": "a growth in %, or a rate's or ratio's change in points"},
            "monthsReported": {"type": "integer", "nullable": true, "description": "for a flow: how many of the period's months its figure covers"},
            "partial": {"type": "boolean", "description": "the figure covers fewer months than the period has: not ranked"}}},
          "Submission": \#(SubmissionsController.Submission.openAPI),
          "Move": {"type": "object", "required": ["org", "period", "action"], "properties": {"org": {"type": "string"}, "period": {"$ref": "#/components/schemas/Period"},
            "action": {"type": "string", "enum": ["submit", "withdraw", "approve", "reject", "accept", "unlock"]}, "reason": {"type": "string", "nullable": true}}},
          \#(projectSchemas)
          "Project": {"type": "object", "required": ["code", "name", "owner", "category", "listLevel", "sizeTier", "totalInvestment", "annualPlan", "stage"], "properties": {
            "code": {"type": "string"}, "name": {"type": "string"}, "owner": {"type": "string"}, "industry": {"type": "string", "nullable": true},
            "chain": {"type": "string", "nullable": true}, "category": {"type": "string", "enum": ["industry", "livelihood", "infrastructure"]},
            "listLevel": {"type": "string", "enum": ["province", "city", "county"]}, "sizeTier": {"type": "string", "enum": ["hundredYi", "tenYi", "oneYi", "below"]},
            "totalInvestment": {"type": "number"}, "annualPlan": {"type": "number"}, "plannedStart": {"type": "string", "nullable": true},
            "plannedFinish": {"type": "string", "nullable": true}, "stage": {"type": "string", "enum": ["reserve", "signed", "started", "underConstruction", "completed", "atFullOutput"]},
            "listedInStatistics": {"type": "string", "nullable": true}, "responsibleUnit": {"type": "string", "nullable": true}, "leader": {"type": "string", "nullable": true},
            "taskForce": {"type": "string", "nullable": true}, "landStatus": {"type": "string", "nullable": true}}},
          "Bulletin": {"type": "object", "required": ["period", "parent", "rows"], "properties": {"period": {"type": "string"}, "parent": {"type": "string"},
            "status": {"type": "string", "enum": ["preliminary", "accepted"], "description": "preliminary until the city accepts the period"},
            "rows": {"type": "array", "items": {"$ref": "#/components/schemas/BulletinRow"}}}}
        }
      }
    }
    """#
}

/// A response type whose OpenAPI schema is written from its own coding keys: a key is named once,
/// and the document cannot list a key the response does not write, or miss one it does.
protocol OpenAPIObject: Encodable {
    associatedtype Key: CodingKey & CaseIterable
    /// The schema of the value under `key` (an exhaustive switch over the keys).
    static func schema(_ key: Key) -> OpenAPIProperty
}

extension OpenAPIObject {
    /// `{"type": "object", "required": […], "properties": {…}}`, the keys in the order written;
    /// required are the keys that are neither nullable nor optional.
    static var openAPISchema: JSONValue {
        let properties = Key.allCases.map { key in (key.stringValue, schema(key)) }
        let required = properties.filter { $0.1.required }.map { JSONValue.string($0.0) }
        var fields: [(String, JSONValue)] = [("type", .string("object"))]
        if !required.isEmpty { fields.append(("required", .array(required))) }
        fields.append(("properties", .object(properties.map { ($0.0, $0.1.schema) })))
        return .object(fields)
    }

    /// The schema as text for the document.
    static var openAPI: String { openAPISchema.render(spaced: true) }
}

/// The OpenAPI schema of one property, and whether a response always carries it non-null.
struct OpenAPIProperty {
    var fields: [(String, JSONValue)]
    var required = true

    var schema: JSONValue { .object(fields) }

    static var string: OpenAPIProperty { OpenAPIProperty(fields: [("type", .string("string"))]) }
    static var integer: OpenAPIProperty { OpenAPIProperty(fields: [("type", .string("integer"))]) }
    static var boolean: OpenAPIProperty { OpenAPIProperty(fields: [("type", .string("boolean"))]) }

    /// A string, one of the raw values of `Value`.
    static func oneOf<Value: CaseIterable & RawRepresentable>(_: Value.Type) -> OpenAPIProperty where Value.RawValue == String {
        OpenAPIProperty(fields: [("type", .string("string")), ("enum", .array(Value.allCases.map { JSONValue.string($0.rawValue) }))])
    }

    static func array(of items: JSONValue) -> OpenAPIProperty {
        OpenAPIProperty(fields: [("type", .string("array")), ("items", items)])
    }

    /// May be null (so not required).
    var nullable: OpenAPIProperty { OpenAPIProperty(fields: fields + [("nullable", JSONValue.bool(true))], required: false) }

    /// May be left out.
    var optional: OpenAPIProperty { OpenAPIProperty(fields: fields, required: false) }
}

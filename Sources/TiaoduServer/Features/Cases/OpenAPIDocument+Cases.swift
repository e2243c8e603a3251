// The case engine's part of the OpenAPI document: the ledger, raising and acting on cases, the
// inbox and notices, the figures, case types, enterprises and the webhook. Signed in throughout;
// the responses' schemas are written from the CaseJSON shapes they encode.
import TiaoduCore

extension OpenAPIDocument {
    /// An error of the usual shape (`{"error","issues"}`).
    private static let caseError = ##"{"$ref": "#/components/responses/Error"}"##

    /// A 422: the field at fault.
    private static let caseRefusal = #"""
    {"description": "refused: what is wrong and the field at fault (null when no one field is)", "content": {"application/json": {"schema": \#(CaseJSON.Problem.openAPI)}}}
    """#

    private static let caseCode = #"{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "the case's code, e.g. R2021-000012"}"#

    private static let caseKinds = #"["request", "task", "grid", "blocker"]"#

    static let casePaths = #"""
    "/api/v1/cases": {
          "get": {"summary": "The case ledger (台账) the reader may read, filtered, sorted and paged", "security": [{"bearer": []}], "parameters": [
              {"name": "kind", "in": "query", "schema": {"type": "string", "enum": \#(caseKinds)}},
              {"name": "type", "in": "query", "schema": {"type": "string"}},
              {"name": "state", "in": "query", "schema": \#(OpenAPIProperty.oneOf(CaseState.self).schema.render(spaced: true))},
              {"name": "open", "in": "query", "schema": {"type": "boolean"}, "description": "true: not closed or returned; false: closed or returned"},
              {"name": "colour", "in": "query", "schema": {"type": "string", "enum": ["red", "yellow", "blue"]}, "description": "三色督办 as of today"},
              {"name": "unit", "in": "query", "schema": {"type": "string"}, "description": "handled by this unit (lead or assisting): an org code, or dept:NAME"},
              {"name": "org", "in": "query", "schema": {"type": "string"}, "description": "belonging to this org unit or one below it"},
              {"name": "enterprise", "in": "query", "schema": {"type": "string"}}, {"name": "project", "in": "query", "schema": {"type": "string"}},
              {"name": "from", "in": "query", "schema": {"$ref": "#/components/schemas/Day"}, "description": "raised on or after"},
              {"name": "to", "in": "query", "schema": {"$ref": "#/components/schemas/Day"}, "description": "raised on or before"},
              {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["due", "raised", "code", "state", "lead"]}, "description": "default: due"},
              {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}, "description": "default: desc by raised and code, otherwise asc"},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}, "description": "default 50"},
              {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 2147483647}}],
            "responses": {"200": {"description": "one page and the total", "content": {"application/json": {"schema": \#(CaseJSON.Ledger.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError)}},
          "post": {"summary": "Raise a case: an enterprise request (吹哨), a supervision task (立项), a grid event (上报) or a project blocker", "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["kind", "type", "title"], "properties": {
              "kind": {"type": "string", "enum": \#(caseKinds)}, "type": {"type": "string", "description": "a case type of the kind (GET /api/v1/case-types)"},
              "title": {"type": "string", "maxLength": 100}, "detail": {"type": "string", "maxLength": 2000},
              "org": {"type": "string", "description": "the unit the case belongs to (an enterprise's own by default)"},
              "enterprise": {"type": "string", "nullable": true}, "project": {"type": "string", "nullable": true, "description": "the project a blocker holds up"},
              "urgent": {"type": "boolean"}, "due": {"type": "string", "nullable": true, "example": "2021-10-15", "description": "a task's deadline"},
              "attachment": {"type": "string", "nullable": true}}}}}},
            "responses": {"201": {"description": "the case as raised", "content": {"application/json": {"schema": \#(CaseJSON.Case.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError), "403": \#(caseError), "413": \#(caseError), "422": \#(caseRefusal)}}},
        "/api/v1/cases/{code}": {"get": {"summary": "One case with its events, what the reader may do on it now and who the reader is on it", "security": [{"bearer": []}],
            "parameters": [\#(caseCode)],
            "responses": {"200": {"description": "the case", "content": {"application/json": {"schema": \#(CaseJSON.Detail.openAPI)}}},
              "401": \#(caseError), "404": \#(caseError)}}},
        "/api/v1/cases/{code}/actions": {"post": {"summary": "Act on a case: accept, return, assign, sign for, object, ask for / grant / refuse an extension, report, answer, rate, verify, reopen, close, comment, urge",
            "security": [{"bearer": []}], "parameters": [\#(caseCode)],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["action"], "properties": {
              "action": \#(OpenAPIProperty.oneOf(CaseAction.self).schema.render(spaced: true)), "note": {"type": "string", "maxLength": 2000},
              "attachment": {"type": "string", "nullable": true}, "lead": {"type": "string", "nullable": true, "description": "assign: the lead unit, an org code or dept:NAME"},
              "assisting": {"type": "array", "items": {"type": "string"}, "description": "assign: the assisting units"},
              "due": {"type": "string", "nullable": true, "example": "2021-10-15", "description": "assign: a deadline other than the type's limit"},
              "rating": {"type": "string", "enum": ["satisfied", "basically_satisfied", "dissatisfied"], "nullable": true},
              "percent": {"type": "integer", "nullable": true, "description": "progress: per cent done"},
              "days": {"type": "integer", "nullable": true, "description": "ask_extension: working days asked"},
              "version": {"type": "integer", "nullable": true, "description": "the case's version the user saw: 409 when someone acted since"}}}}}},
            "responses": {"200": {"description": "the case after the action", "content": {"application/json": {"schema": \#(CaseJSON.Case.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError), "403": \#(caseError), "404": \#(caseError), "409": \#(caseError), "413": \#(caseError), "422": \#(caseRefusal)}}},
        "/api/v1/inbox": {"get": {"summary": "What waits for the reader or the reader's unit, most urgent first", "security": [{"bearer": []}],
            "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}, "description": "default 200"}],
            "responses": {"200": {"description": "the inbox", "content": {"application/json": {"schema": \#(CaseJSON.Inbox.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError)}}},
        "/api/v1/notices": {"get": {"summary": "The reader's notices (reminders, 催办, escalations, assignments, answers), newest first", "security": [{"bearer": []}],
            "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}, "description": "default 50"}],
            "responses": {"200": {"description": "notices", "content": {"application/json": {"schema": \#(CaseJSON.Notices.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError)}}},
        "/api/v1/case-figures": {"get": {"summary": "Cases per lead unit and per department over the cases the reader may read: received, closed, on time, working days, open by colour, satisfaction, reopened; each list ranked",
            "security": [{"bearer": []}], "parameters": [
              {"name": "from", "in": "query", "schema": {"$ref": "#/components/schemas/Day"}, "description": "default: 1 January of this year"},
              {"name": "to", "in": "query", "schema": {"$ref": "#/components/schemas/Day"}, "description": "default: today"}],
            "responses": {"200": {"description": "the figures", "content": {"application/json": {"schema": \#(CaseJSON.Figures.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError)}}},
        "/api/v1/case-types": {"get": {"summary": "The case types of each kind and their limits in working days", "security": [{"bearer": []}],
            "responses": {"200": {"description": "types", "content": {"application/json": {"schema": \#(CaseJSON.Types.openAPI)}}}, "401": \#(caseError)}}},
        "/api/v1/case-types/{kind}/{code}": {"put": {"summary": "Set a case type's names and limits, or add a type (admins); what the body leaves out stays", "security": [{"bearer": []}],
            "parameters": [{"name": "kind", "in": "path", "required": true, "schema": {"type": "string", "enum": \#(caseKinds)}},
              {"name": "code", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {
              "nameZh": {"type": "string", "maxLength": 200}, "nameEn": {"type": "string", "maxLength": 200},
              "limits": {"type": "object", "properties": {"accept": {"type": "integer"}, "signFor": {"type": "integer"}, "assist": {"type": "integer"}, "answer": {"type": "integer"},
                "objection": {"type": "integer"}, "extensionMax": {"type": "integer"}, "extensionNotice": {"type": "integer"}}, "description": "working days, 0–60 each"}}}}}},
            "responses": {"200": {"description": "the type as saved", "content": {"application/json": {"schema": \#(CaseJSON.TypeEntry.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError), "403": \#(caseError), "413": \#(caseError), "422": \#(caseRefusal)}}},
        "/api/v1/enterprises": {
          "get": {"summary": "The enterprises that raise requests, each in its org unit (an enterprise user sees itself)", "security": [{"bearer": []}],
            "responses": {"200": {"description": "enterprises", "content": {"application/json": {"schema": \#(CaseJSON.Enterprises.openAPI)}}}, "401": \#(caseError)}},
          "post": {"summary": "Add or rename enterprises (admins), all or nothing", "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object", "required": ["code", "name", "org"], "properties": {
              "code": {"type": "string"}, "name": {"type": "string"}, "org": {"type": "string"}}}}}}},
            "responses": {"200": {"description": "saved", "content": {"application/json": {"schema": \#(CaseJSON.Saved.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError), "403": \#(caseError), "413": \#(caseError), "422": \#(caseRefusal)}}},
        "/api/v1/webhook": {
          "get": {"summary": "Whether notices are POSTed to a webhook, and its address without path or query (admins)", "security": [{"bearer": []}],
            "responses": {"200": {"description": "the webhook", "content": {"application/json": {"schema": \#(CaseJSON.Webhook.openAPI)}}}, "401": \#(caseError), "403": \#(caseError)}},
          "put": {"summary": "Set the webhook notices are POSTed to (http or https), or remove it with null (admins)", "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string", "nullable": true, "maxLength": 500}}}}}},
            "responses": {"200": {"description": "the webhook now", "content": {"application/json": {"schema": \#(CaseJSON.Webhook.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError), "403": \#(caseError), "413": \#(caseError), "422": \#(caseRefusal)}}},
        "/api/v1/webhook/deliveries": {"get": {"summary": "The webhook's delivery log, newest first (admins)", "security": [{"bearer": []}],
            "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}, "description": "default 100"}],
            "responses": {"200": {"description": "deliveries", "content": {"application/json": {"schema": \#(CaseJSON.Deliveries.openAPI)}}},
              "400": \#(caseError), "401": \#(caseError), "403": \#(caseError)}}},
    """#
}

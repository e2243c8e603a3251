// The typed HTML builder's guarantee, tested on the builder itself: whatever a string holds, it
// renders as text; markup comes only from tag names in code.
import Testing
@testable import TiaoduServer

struct NodeTests {
    static let hostile = "<script>alert('x')</script>\" onmouseover=\"x\" & 甲县"

    @Test func textAndAttributeValuesAreEscapedByType() {
        let html = Node.td(.text(Self.hostile)).class(Self.hostile).title(Self.hostile).render()
        #expect(!html.contains("<script>") && !html.contains("\" onmouseover"))
        let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onmouseover=&quot;x&quot; &amp; 甲县"
        #expect(html == "<td class=\"\(escaped)\" title=\"\(escaped)\">\(escaped)</td>")
        // A literal with interpolation is text too.
        let name = "<b>乙县</b>"
        #expect(Node.p("单位：\(name)").render() == "<p>单位：&lt;b&gt;乙县&lt;/b&gt;</p>")
    }

    @Test func elementsNestAndAttributesKeepTheirOrder() {
        let row = Node.tr(.th("甲县").scope("row"), .td("12.30").class("num")).id("r-a")
        #expect(row.render() == "<tr id=\"r-a\"><th scope=\"row\">甲县</th><td class=\"num\">12.30</td></tr>")
        let input = Node.input().name("value").flag("required").flag("disabled", false).attr("placeholder", nil)
        #expect(input.render() == "<input name=\"value\" required>")
        #expect(Node.group(["a", .empty, .strong("b")]).render() == "a<strong>b</strong>")
        #expect(Node.option("九月").value("2021-09").flag("selected", true).render() == "<option value=\"2021-09\" selected>九月</option>")
    }

    @Test func linksPercentEncodeTheirParts() {
        #expect(Link.segment("邗江 区/1") == "%E9%82%97%E6%B1%9F%20%E5%8C%BA%2F1")
        #expect(Link.to("/league", [("indicator", "a&b"), ("period", "2021-09")]) == "/league?indicator=a%26b&period=2021-09")
        #expect(Link.query([]) == "")
        let anchor = Node.a("看").href(Link.to("/units/\(Link.segment("a\"b"))", [("q", "<x>")])).render()
        #expect(anchor == "<a href=\"/units/a%22b?q=%3Cx%3E\">看</a>")
    }

    @Test func aDocumentHasItsLanguageTitleAndStylesheet() {
        let page = Document.render(title: "通报 <1>", language: .zh, body: .h1("通报"))
        #expect(page.hasPrefix("<!doctype html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"))
        #expect(page.contains("<title>通报 &lt;1&gt;</title>") && page.contains("<style>:root{") && page.hasSuffix("<body><h1>通报</h1></body></html>"))
    }
}

// The one stylesheet, inlined in every page (no extra request). Office screens (1366×768),
// phones and A4 print; status is shown by colour *and* shape so it survives black-and-white.
enum Stylesheet {
    static let css: StaticString = """
    :root{--ink:#1d2733;--muted:#5b6672;--line:#d9dee4;--head:#f3f5f8;--green:#1e7b3c;--amber:#a86500;--red:#b3261e;--brand:#9c1c1c;--accent:#1f5fa8}
    *{box-sizing:border-box}
    body{margin:0;font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--ink);background:#fff}
    a{color:var(--accent)}
    .skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.3rem .6rem;z-index:9}
    header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem 1.2rem;padding:.7rem 1.2rem;border-bottom:3px solid var(--brand)}
    header .brand{font-size:1.3rem;font-weight:700;color:var(--brand);text-decoration:none}
    header .tagline{color:var(--muted)}
    header nav{margin-left:auto;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
    header nav a{text-decoration:none;padding:.1rem 0}
    header form.signout{display:inline-flex;gap:.5rem;align-items:baseline;margin:0}
    header form.signout button{background:none;border:0;color:var(--accent);padding:0;text-decoration:underline}
    form.signin{display:flex;flex-direction:column;gap:.8rem;max-width:22rem}
    form.signin label{display:flex;flex-direction:column;color:var(--muted);font-size:.9rem}
    form.signin input{font-size:1rem;padding:.4rem}
    header nav a[aria-current=page]{font-weight:700;border-bottom:2px solid var(--brand);color:var(--ink)}
    main{padding:1rem 1.2rem;max-width:1400px}
    h1{font-size:1.25rem;margin:.2rem 0 .8rem}
    h2{font-size:1.08rem;margin:1.4rem 0 .5rem}
    h3{font-size:1rem;margin:.2rem 0 .4rem}
    .draft{border-left:4px solid var(--amber);background:#fff7e0;padding:.3rem .8rem;margin:0 0 .6rem;color:#6b4e00}.draft strong{margin-right:.3rem}
    .watermark{position:fixed;top:45%;left:50%;transform:translate(-50%,-50%) rotate(-30deg);font-size:7rem;font-weight:700;color:rgba(179,38,30,.10);pointer-events:none;white-space:nowrap;z-index:0}
    .notice{background:#fff7e0;border:1px solid #f0d58a;padding:.3rem .8rem;margin:0 0 .6rem;color:#6b4e00}
    .ok{background:#e8f5ec;border:1px solid #9fd3ae;padding:.4rem .8rem;color:#14532d}
    .error{background:#fdecea;border:1px solid #f1aeaa;padding:.4rem .8rem;color:#7f1d1d}
    .dry-run{background:#eef4fb;border:1px solid #a9c4e6;padding:.4rem .8rem;color:#1e3a5f}
    @media (max-width:600px){p.actions.downloads{display:none}}
    .muted{color:var(--muted)}
    form.pickers{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin-bottom:.6rem}
    form.pickers label{display:flex;align-items:center;gap:.4rem;font-size:.85rem;color:var(--muted);max-width:100%;min-width:0}
    select,button,input{font:inherit;padding:.25rem .5rem}
    select{max-width:100%;min-width:0}
    button{cursor:pointer}
    button:disabled,button:disabled:hover,button:disabled:active{opacity:.45;cursor:not-allowed}
    .scroll{overflow-x:auto}
    table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
    caption{text-align:left;font-weight:700;padding:.9rem 0 .3rem;font-size:1.02rem}
    caption .unit,.unit{font-weight:400;color:var(--muted);margin-left:.4rem}
    th,td{border:1px solid var(--line);padding:.3rem .5rem;white-space:nowrap}
    thead th{background:var(--head);font-weight:600;font-size:.85rem}
    thead th a{color:inherit}
    td.num{text-align:right}
    table.compact{width:auto;min-width:50%}
    tbody th{text-align:left;font-weight:400;white-space:normal;min-width:6rem}
    tr.parent td,tr.parent th{font-weight:700;background:#fafbfc}
    .s-green{color:var(--green)} .s-amber{color:var(--amber)} .s-red{color:var(--red);font-weight:700}
    .s-green::before{content:"● "} .s-amber::before{content:"▲ "} .s-red::before{content:"■ "}
    .mv-up{color:var(--green)} .mv-down{color:var(--red)}
    .flag{color:var(--red)}
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:1rem}
    .card{border:1px solid var(--line);border-radius:6px;padding:.7rem .9rem;break-inside:avoid}
    .card h3 a{color:var(--ink);text-decoration:none}
    .card .big{font-size:1.5rem;font-weight:700}
    .card dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem;margin:.4rem 0}
    .card dt{color:var(--muted)} .card dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}
    .card table{font-size:.85rem} .card th,.card td{padding:.15rem .35rem}
    .tally{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;margin:0 0 1rem;padding:0;list-style:none}
    .tally li{font-size:1.05rem}
    .projects-card{margin:0 0 1rem}.projects-card h2{margin-top:0}.projects-card ul{margin:.2rem 0;padding-left:1.2rem}
    .figure-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:.3rem 1.2rem;padding:0;list-style:none}
    .meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
    .meta dt{color:var(--muted)} .meta dd{margin:0}
    figure{margin:1rem 0} figcaption{font-weight:700;margin-bottom:.3rem}
    svg.chart{max-width:100%;height:auto;font-family:inherit}
    svg.chart text{font-size:12px;fill:#1d2733}
    .narrative p{margin:.3rem 0;text-indent:2em;line-height:1.8}
    form.entry td input{width:9rem;text-align:right}
    form.entry td.invalid input{border:2px solid var(--red)}
    form.entry .msg{display:block;color:var(--red);font-size:.8rem;white-space:normal}
    form.entry .warn{display:block;color:var(--amber);font-size:.8rem;white-space:normal}
    .actions{margin:1rem 0;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
    .actions button{background:var(--brand);color:#fff;border:0;padding:.4rem 1.4rem;border-radius:4px}
    form.act{display:inline-flex;gap:.3rem;margin:0 .4rem 0 0}
    form.act input{width:8rem}
    .st-submitted{color:var(--accent)} .st-approved{color:var(--green)} .st-accepted{color:var(--green);font-weight:700}
    form.register{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:.6rem 1rem;max-width:1000px}
    form.register label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
    form.register label.invalid input,form.register label.invalid select{border:2px solid var(--red)}
    form.register .msg{color:var(--red);font-size:.8rem}
    form.register .actions{grid-column:1/-1}
    details{margin:.6rem 0} details summary{cursor:pointer;color:var(--accent)}
    .sheet-sign{margin-top:2rem;display:flex;justify-content:space-between}
    ol.timeline{padding-left:1.2rem} ol.timeline li{margin:.3rem 0}
    /* navigation & index pages: the units as a tree of nested lists */
    ul.tree,ul.tree ul{list-style:none;margin:0;padding:0}
    ul.tree ul{margin:.15rem 0 .4rem .35rem;padding-left:1.1rem;border-left:1px solid var(--line)}
    ul.tree li{margin:.15rem 0} ul.tree .muted{margin-left:.6rem;font-size:.85rem}
    /* league & contest rules: on phones only the league's unit column stays in view while the figures scroll; the status column is hidden there and each unit's status shown in its unit cell instead; the contest's rules as sentences */
    table.league .st-inline{display:none}
    @media (max-width:600px){table.league tr>:first-child{position:sticky;left:0;z-index:1;background:#fff;max-width:7rem;box-shadow:1px 0 0 var(--line)}
    table.league thead tr>:first-child{background:var(--head)}table.league tr.parent>:first-child{background:#fafbfc}
    table.league tr>.st{display:none}table.league .st-inline{display:block;font-size:.8rem;white-space:nowrap}}
    /* phone layout: pickers stack with their selects full width; long words in a table cell wrap; charts keep readable words (the picture scrolls inside its figure); the 附表's title stays at the left of the screen */
    @media (max-width:600px){form.pickers{align-items:stretch}form.pickers label{flex:1 1 100%;flex-direction:column;align-items:stretch;gap:.1rem}form.pickers select,form.pickers input{width:100%;max-width:100%}
    td.wrap{white-space:normal;min-width:6rem}
    div.scroll>table.annex>caption{text-align:left}div.scroll>table.annex>caption>span{display:inline-block;position:sticky;left:0;max-width:calc(100vw - 1.5rem)}}
    @media screen and (max-width:600px){svg.chart.wide{min-width:660px}.cards>*{min-width:0}figure.gap{overflow-x:auto}figure.gap svg.chart{max-width:none}}
    ul.rules{margin:.3rem 0 1rem;padding-left:1.4rem} ul.rules li{margin:.2rem 0;line-height:1.7}
    footer{color:var(--muted);font-size:.85rem;padding:1rem 1.2rem;border-top:1px solid var(--line)}
    @media (max-width:640px){main{padding:.6rem}header{padding:.6rem}header nav{margin-left:0}.cards{grid-template-columns:1fr}th,td{padding:.25rem .35rem}}
    @page{size:A4;margin:14mm 12mm}
    @media print{header nav,form.pickers,form.register,form.act,details,.notice,.skip,.actions,footer{display:none}body{font-size:10pt}th,td{padding:2px 4px}
    main{padding:0;max-width:none}.scroll{overflow:visible}table{page-break-inside:auto}tr{page-break-inside:avoid}thead{display:table-header-group}
    a{color:inherit;text-decoration:none}.card{border-color:#999}}
    /* entry grid: what each row takes, and the next step after a save (报送 right there) */
    form.entry td.takes{color:var(--muted);font-size:.85rem;white-space:normal}
    .next-step{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:0 0 1rem}.next-step p{margin:0}
    /* charts: words coloured like their lines, the preliminary mark in the picture and in the caption, the folded table of figures */
    svg.chart text.c-solid{fill:#1f5fa8} svg.chart text.c-dashed{fill:#9c1c1c} svg.chart text.c-dotted{fill:#5b6672} svg.chart text.c-target{fill:#a86500;font-weight:700}
    svg.chart text.chart-mark{fill:#a86500;font-weight:700}
    figure.chart figcaption .draft-tag{margin-left:.4rem;padding:0 .4rem;border:1px solid var(--amber);border-radius:3px;background:#fff7e0;color:#6b4e00;font-weight:400;font-size:.85rem}
    figure.chart details{margin:.3rem 0} @media print{figure.chart{break-inside:avoid}}
    /* bulletin 通报: the masthead, numbered paragraphs, the 附表 on landscape pages with its head repeated; print shows the document only */
    .masthead{text-align:center;margin:.4rem 0 1rem}
    .masthead h1{color:var(--brand);font-size:1.7rem;letter-spacing:.08em;margin:.3rem 0}
    .masthead .span{margin:0 0 .5rem;color:var(--muted)}
    .masthead .issue{display:flex;justify-content:space-between;margin:0;padding-bottom:.3rem;border-bottom:2px solid var(--brand)}
    .report{max-width:50rem}
    .report h2{font-size:1.05rem;margin:1.1rem 0 .4rem}
    .report p{margin:.3rem 0;text-indent:2em;line-height:1.8}
    section.annex h2{margin-top:1.6rem}
    table.annex{width:auto;margin-bottom:1rem}
    table.annex caption{text-align:center}
    table.annex thead th{white-space:normal;text-align:center;vertical-align:middle;min-width:4.5rem}
    table.annex thead th .unit{display:block;margin:0;font-size:.8rem}
    table.annex tr.group th{background:var(--head);font-weight:600}
    table.annex sup.mark{color:var(--red);margin-left:1px}
    .annex-notes p{margin:.2rem 0;font-size:.85rem}
    @page annex{size:A4 landscape;margin:10mm}
    @media print{body:has(main.printable)>header{display:none}
    .masthead h1{font-size:22pt}.report{max-width:none}.report p{orphans:2;widows:2}.report h2{break-after:avoid}
    section.annex{page:annex;break-before:page}.annex-part{break-inside:avoid}
    table.annex{width:100%;font-size:8pt}table.annex th,table.annex td{padding:1px 3px}table.annex thead th{min-width:0}}
    /* dashboard: each number of the tally leads to its section; red and amber indicators as cards with their units' gaps charted (amber folded), green and untargeted ones as a compact list */
    .summary{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem 1.4rem;margin:.6rem 0 .2rem}.summary h2{margin:0}.summary .tally{margin:0;gap:.3rem 1.1rem}.tally li{font-size:1rem}.tally a{color:inherit;text-decoration:none}.tally a strong{text-decoration:underline}
    .dash-sec>h2{margin:.6rem 0 .4rem;font-size:1rem}.dash-sec>h2 .count{margin-left:.5rem;color:var(--muted);font-weight:400}
    .dash-card{padding:.5rem .8rem}.dash-card .head{display:flex;justify-content:space-between;align-items:baseline;gap:.6rem}.dash-card h3{margin:0 0 .1rem}.dash-card a.league{font-size:.85rem;white-space:nowrap}.dash-card .lead{margin:0 0 .2rem}.dash-card .lead .big{font-size:1.35rem}.dash-card .lead .gap{white-space:nowrap}
    .dash-card dl.figs{display:flex;flex-wrap:wrap;gap:0 .9rem;margin:.1rem 0 .2rem;font-size:.85rem}.dash-card dl.figs div{display:flex;gap:.3rem}.dash-card dl.figs dd{text-align:left}
    .dash-card figure.gap{margin:.2rem 0}.dash-card details{margin:.2rem 0}.dash-card .last{margin:.2rem 0 0;font-size:.85rem}
    figure.gap svg.chart text.v{fill:currentColor}
    ul.dash-list{grid-template-columns:repeat(auto-fill,minmax(230px,1fr));margin:.2rem 0 .4rem}ul.dash-list .num{margin-left:.5rem;font-variant-numeric:tabular-nums}
    @media (max-width:640px){.dash .cards{gap:.6rem}.dash-card{padding:.4rem .6rem}}
    /* review (数据审核): a warning and its note read within the screen, however wide the table scrolls */
    table.review .warning-row td{white-space:normal;background:#fffaf0}table.review .warning-row td>*{position:sticky;left:.5rem;max-width:calc(100vw - 3rem)}
    table.review tr.warned th,table.review tr.warned td{border-bottom:0}table.review .warning{margin:.2rem 0;color:#6b4e00}table.review textarea{width:100%;max-width:40rem}
    table.review .changed{color:var(--red)}.moves{padding-left:1.4rem}@media screen{div.actions{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center;margin:1rem 0}}
    /* a table of records stacks on a phone: one block per row, each value under its column's name */
    @media (max-width:600px){table.stack thead{display:none}table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block;width:auto;min-width:0}
    table.stack tr{border-bottom:1px solid var(--line);padding:.3rem 0}table.stack th,table.stack td{border:0;text-align:left;padding:.1rem .5rem;white-space:normal}
    table.stack td[data-label]::before{content:attr(data-label) "：";color:var(--muted);margin-right:.3rem}table.stack td.num{text-align:left}
    table.stack .warning-row td>*{position:static;max-width:none}html:lang(en) table.stack td[data-label]::before{content:attr(data-label) ": "}}
    .returned{color:var(--red);font-size:.85rem;white-space:normal}
    /* the working-day calendar: small month grids, weekends shaded, holidays (休) red, adjusted working days (班) marked, today ringed */
    .cal-months{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.8rem 1.2rem;margin:.6rem 0 1rem}
    table.cal-month{table-layout:fixed}table.cal-month caption{text-align:left;font-weight:600;padding:.1rem 0}
    table.cal-month th,table.cal-month td{padding:.15rem 0;text-align:center;font-size:.85rem;vertical-align:top}
    table.cal-month .cal-we{background:#eef1f4}table.cal-month td.cal-on{background:#fff7e0}
    td.cal-off,table.cal-month td.cal-off{color:var(--red);font-weight:700;background:#fdecea}
    .cal-mark{font-size:.72rem;line-height:1}table.cal-month .cal-mark{display:block}td.cal-on .cal-mark{color:#6b4e00;font-weight:700}
    table.cal-month td.cal-today{outline:2px solid var(--accent);outline-offset:-2px}
    /* cases: a colour is a mark, a colour and a word (■ red, ▲ yellow, ● blue); forms in one column of big inputs (a phone first); the inbox a list; the 督办单 one A4 sheet */
    .c-red{color:var(--red);font-weight:700}.c-red::before{content:"■ "}.c-yellow{color:var(--amber);font-weight:600}.c-yellow::before{content:"▲ "}.c-blue{color:var(--accent)}.c-blue::before{content:"● "}.timeline li,.case-fields dd,.case-record td{overflow-wrap:anywhere}.summary .cases-tally{padding-left:1rem;border-left:1px solid var(--line)}
    a.button{display:inline-block;background:var(--brand);color:#fff;text-decoration:none;padding:.45rem 1.4rem;border-radius:4px}
    form.case-form{display:flex;flex-direction:column;gap:.7rem;max-width:36rem;margin:.4rem 0}
    form.case-form label,form.case-form fieldset{display:flex;flex-direction:column;gap:.2rem;color:var(--muted);font-size:.9rem;border:0;padding:0;margin:0}
    form.case-form input,form.case-form select,form.case-form textarea{font:inherit;font-size:1rem;padding:.5rem;width:100%;max-width:100%;color:var(--ink)}
    form.case-form label.check{flex-direction:row;align-items:center;gap:.5rem;font-size:1rem;color:var(--ink)}form.case-form label.check input{width:auto}
    form.case-form fieldset.rating{flex-direction:row;flex-wrap:wrap;gap:.4rem 1.4rem}form.case-form fieldset legend{padding:0;margin-bottom:.2rem}
    form.case-form .invalid input,form.case-form .invalid select,form.case-form .invalid textarea,form.case-form fieldset.invalid{border:2px solid var(--red)}
    form.case-form button{align-self:flex-start;font-size:1rem;padding:.55rem 1.6rem;background:var(--brand);color:#fff;border:0;border-radius:4px}
    .case-acts{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:.2rem 1.2rem}.case-acts details{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;margin:.3rem 0}
    .case-detail{white-space:pre-wrap}.case-kinds{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:0 0 .8rem}.case-kinds a[aria-current=page]{font-weight:700;color:var(--ink);border-bottom:2px solid var(--brand)}
    label.typed{display:flex;flex-direction:column;gap:.2rem;max-width:36rem;color:var(--muted)}label.typed textarea{font:inherit;padding:.4rem}
    ul.inbox{list-style:none;padding:0;margin:.4rem 0}ul.inbox li{border-bottom:1px solid var(--line);padding:.5rem 0}ul.inbox li>div{margin:.1rem 0}
    nav.pager{display:flex;gap:1rem;align-items:center;margin:.8rem 0}
    @media (max-width:600px){form.case-form{max-width:none}.case-acts{grid-template-columns:1fr}form.case-form input,form.case-form select,form.case-form textarea{font-size:16px}}
    .sheet{max-width:180mm;margin:0 auto;font-size:1.05rem;line-height:1.7}.sheet h1{text-align:center;font-size:1.9rem;letter-spacing:.4em;color:var(--brand);margin:.6rem 0}
    .sheet .sheet-number{display:flex;justify-content:space-between;border-bottom:2px solid var(--brand);padding-bottom:.3rem}
    table.sheet-table{width:100%;margin:.8rem 0}table.sheet-table th{width:7em;background:var(--head);vertical-align:top;font-weight:600}table.sheet-table td{white-space:normal;min-height:2.4em}
    .sheet-instruction{text-indent:2em}.sheet .sheet-sign{margin-top:2.4rem}.sheet-issued{margin-top:2rem;text-align:right}.sheet-issued p{margin:.2rem 0}
    @media print{.print-hint{display:none}.sheet{max-width:none;font-size:12pt}.sheet h1{font-size:22pt}table.sheet-table th,table.sheet-table td{padding:6px 8px}}
    """
}

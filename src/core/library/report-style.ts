// The report's stylesheet: the extension's colours (WCAG AA in light and dark), a table that
// scrolls sideways on screen and wraps on paper, and print rules (no sticky headers, links
// printed after their text, each notice kept together where it fits).
export const REPORT_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#0b0c0c;--muted:#484949;--card:#f3f2f1;--border:#b1b4b6;--accent:#1d4ed8;--link:#1a4fb8;--focus:#fd0;--focus-fg:#0b0c0c;--missing:#a4201c;--unclear:#6b4c00}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#f3f2f1;--muted:#c8c8c8;--card:#1f1f1f;--border:#6f777b;--accent:#8ab4f8;--link:#8ab4f8;--missing:#ff8a80;--unclear:#ffd166}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:90rem;padding:1rem 1.25rem 2rem;background:var(--bg);color:var(--fg);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
h1{font-size:1.75rem;margin:.25rem 0 .5rem}h2{font-size:1.375rem;margin:1.5rem 0 .5rem}h3{font-size:1.125rem;margin:1.25rem 0 .25rem}h4{font-size:1rem;margin:.75rem 0 .25rem}
p{margin:0 0 .5rem;overflow-wrap:anywhere}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);box-shadow:0 0 0 5px var(--focus-fg)}
.brand{font-weight:700;color:var(--muted);margin:0}
.table-scroll{position:relative;overflow-x:auto;border:1px solid var(--border);border-radius:.5rem}
table{border-collapse:collapse;width:100%;font-size:.9375rem}
caption{text-align:left;padding:.5rem .75rem;color:var(--muted)}
th,td{border-bottom:1px solid var(--border);padding:.375rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--card);white-space:nowrap}
.group-row th{background:var(--card);padding-top:.75rem}
.service{min-width:12rem;font-weight:600}
.row-title{display:block;font-weight:400;color:var(--muted);font-size:.875rem}
.num{text-align:right;font-variant-numeric:tabular-nums}
.check{white-space:nowrap}.check-missing{color:var(--missing);font-weight:600}.check-unclear{color:var(--unclear);font-weight:600}.check-na{color:var(--muted)}
abbr{text-decoration:none}
.scores{width:auto}
.chart{list-style:none;padding:0;margin:0}
.chart li{display:grid;grid-template-columns:minmax(10rem,1.5fr) minmax(4rem,2fr) auto;gap:.75rem;align-items:center;margin-bottom:.375rem}
.chart-bar{display:block;height:.875rem;border:1px solid var(--border)}
.chart-bar span{display:block;height:100%;background:var(--accent);print-color-adjust:exact;-webkit-print-color-adjust:exact}
.notice{border-top:1px solid var(--border);margin-top:1rem}
.headline{font-weight:600}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{color:var(--muted);border-top:1px solid var(--border);margin-top:2rem;padding-top:.5rem}
@media (max-width:40rem){.chart li{grid-template-columns:1fr}}
@media print{
  :root{--bg:#fff;--fg:#000;--muted:#333;--card:#eee}
  body{max-width:none;padding:0;font-size:10pt}
  nav{display:none}
  .table-scroll{overflow:visible;border:none}
  table{font-size:8pt}thead{display:table-header-group}tr,li{break-inside:avoid}
  .check{white-space:normal}
  .notice{break-inside:avoid-page}
  .address a::after{content:" (" attr(href) ")"}
}
`;

/**
 * The HTML report's only style sheet and script. Both are inline and
 * allowed by hash in the page's Content-Security-Policy; the script only
 * adds keyboard conveniences (the page reads fully without it) and never
 * writes markup.
 */

export const css = `
:root{--ink:#1b1f24;--muted:#4d5763;--line:#d5dbe1;--paper:#ffffff;--panel:#f5f7f9;--accent:#0b57d0;
--critical:#7b1fa2;--critical-bg:#f6d9fa;--major:#b3261e;--major-bg:#ffdad6;--minor:#7a5200;--minor-bg:#ffecb0;--neutral:#0b5394;--neutral-bg:#d7e9fa;
--publish:#1e6b34;--fix:#9a4400;--reject:#b3261e}
*{box-sizing:border-box}
html{background:var(--paper);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
body{margin:0}
.wrap{max-width:1240px;margin:0 auto;padding:1.5rem 1.75rem 3rem}
header.top{border-bottom:1px solid var(--line);margin-bottom:1.25rem;padding-bottom:.9rem}
h1{font-size:1.45rem;margin:0 0 .2rem;line-height:1.25}
h2{font-size:1.1rem;margin:2rem 0 .75rem}
.meta,.hint{color:var(--muted);margin:0}
.hint{font-size:.88rem}
a{color:var(--accent)}
a:focus-visible,mark[data-finding]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
code{font:.86em/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:0 .25em;overflow-wrap:anywhere}
.summary{display:grid;grid-template-columns:minmax(250px,330px) 1fr;gap:1.25rem;align-items:start}
.verdict{border-radius:10px;color:#fff;padding:1rem 1.15rem}
.verdict-publish{background:var(--publish)}.verdict-fix{background:var(--fix)}.verdict-reject{background:var(--reject)}
.verdict .label{display:block;font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;opacity:.92}
.verdict strong{display:block;font-size:2rem;line-height:1.15;letter-spacing:.02em}
.verdict .why{display:block;margin-top:.3rem;font-size:.92rem}
.scores{display:grid;grid-template-columns:auto 1fr;gap:.2rem .9rem;margin:.9rem 0 0}
.scores dt{color:var(--muted)}.scores dd{margin:0;font-variant-numeric:tabular-nums;font-weight:600}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:.9rem 1rem}
.panel h3{font-size:.95rem;margin:0 0 .5rem}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;margin:0 0 .8rem;padding:0}
.chip{border-radius:999px;color:#fff;font-size:.85rem;font-weight:600;padding:.12rem .65rem}
.chip.sev-critical,.badge.sev-critical{background:var(--critical)}.chip.sev-major,.badge.sev-major{background:var(--major)}
.chip.sev-minor,.badge.sev-minor{background:var(--minor)}.chip.sev-neutral,.badge.sev-neutral{background:var(--neutral)}
.chip.zero{background:#e9edf1;color:var(--muted)}
svg.chart{display:block;width:100%;height:auto;max-width:720px}
svg.chart text{fill:var(--ink);font:13px system-ui,sans-serif}
svg.chart text.num{fill:var(--muted)}
svg.chart rect.track{fill:#e3e8ed}
svg.chart rect.dim-accuracy{fill:#b3261e}svg.chart rect.dim-terminology{fill:#7b1fa2}svg.chart rect.dim-linguistic-conventions{fill:#00695c}
svg.chart rect.dim-style{fill:#3949ab}svg.chart rect.dim-locale-convention{fill:#9a4400}svg.chart rect.dim-audience-appropriateness{fill:#5d4037}svg.chart rect.dim-design-and-markup{fill:#455a64}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.45rem .6rem;text-align:left;vertical-align:top}
th{font-size:.85rem;color:var(--muted);font-weight:600}
.metrics td.num{font-variant-numeric:tabular-nums;font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:.9rem;list-style:none;margin:0 0 .75rem;padding:0;font-size:.88rem;color:var(--muted)}
.legend mark{cursor:default}
.texts{border:1px solid var(--line);border-radius:10px;overflow:hidden}
.texts .row{display:grid;grid-template-columns:1fr 1fr;border-top:1px solid var(--line)}
.texts.single .row{grid-template-columns:1fr}.texts.single .cell{max-width:52rem}
.texts .row:first-child{border-top:0}
.texts .head{background:var(--panel);font-weight:600;font-size:.88rem;color:var(--muted)}
.texts .cell{padding:.7rem 1rem;min-width:0}
.texts .cell+.cell{border-left:1px solid var(--line)}
.texts .row.gap .cell.ref{background:#fbf3e4}
.prose{font:17px/1.75 Georgia,"Times New Roman",serif;white-space:pre-wrap;overflow-wrap:break-word}
.texts:not(.single) .prose{font-size:16px;line-height:1.62}
.prose .none{color:var(--muted);font:italic 14px system-ui,sans-serif}
.chrf{display:block;margin-top:.35rem;color:var(--muted);font:12px system-ui,sans-serif}
mark{color:inherit;border-radius:3px;padding:0 1px;position:relative}
mark.sev-critical{background:var(--critical-bg);box-shadow:inset 0 -2px var(--critical)}
mark.sev-major{background:var(--major-bg);box-shadow:inset 0 -2px var(--major)}
mark.sev-minor{background:var(--minor-bg);box-shadow:inset 0 -2px var(--minor)}
mark.sev-neutral{background:var(--neutral-bg);box-shadow:inset 0 -2px var(--neutral)}
mark mark{box-shadow:inset 0 -4px var(--ink)}
mark.ref{background:#e6f4ea;box-shadow:inset 0 -2px #1e6b34}
mark[data-finding]{cursor:help}
mark:target{outline:3px solid var(--accent);outline-offset:2px}
.tip{display:none;position:absolute;left:0;top:calc(100% + 6px);z-index:20;width:max-content;max-width:min(28rem,80vw);
background:#1b1f24;color:#fff;border-radius:8px;padding:.6rem .75rem;box-shadow:0 6px 24px rgba(0,0,0,.25);
font:13.5px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;white-space:normal;text-align:left}
.tip>span{display:block}.tip>span+span{margin-top:.25rem}
.tip .kind{font-weight:700;letter-spacing:.02em}
.tip code{background:#333a42;border-color:#4a535d;color:#fff}
mark[data-finding]:focus>.tip,mark[data-finding]:hover:not(:has(mark:hover))>.tip{display:block}
mark.tip-off>.tip{display:none!important}
ol.findings{list-style:none;margin:0;padding:0;border:1px solid var(--line);border-radius:10px}
ol.findings li{display:grid;grid-template-columns:4.5rem 5.5rem 1fr;gap:.2rem .8rem;padding:.65rem .9rem;border-top:1px solid var(--line)}
ol.findings li:first-child{border-top:0}
ol.findings .details{grid-column:3;color:var(--muted);font-size:.88rem}
.badge{border-radius:4px;color:#fff;font-size:.78rem;font-weight:700;padding:.05rem .45rem;text-align:center;height:fit-content;text-transform:uppercase;letter-spacing:.03em}
.jump{font-variant-numeric:tabular-nums;font-weight:600}
tr.mismatch td:first-child{border-left:4px solid var(--major)}
.flag{color:var(--major);font-weight:700}
.weak{color:var(--fix);font-weight:700}
.res{display:block;color:var(--muted);font-size:.8rem}
.ok{color:var(--publish);font-weight:700}
footer{margin-top:2.5rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:.8rem}
@media (max-width:800px){.summary{grid-template-columns:1fr}.texts .row{grid-template-columns:1fr}.texts .cell+.cell{border-left:0;border-top:1px dashed var(--line)}}
@media print{.tip{display:none!important}.wrap{max-width:none}}
`

export const script = `
(function () {
  var marks = document.querySelectorAll('mark[data-finding]');
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    for (var i = 0; i < marks.length; i++) marks[i].classList.add('tip-off');
  });
  for (var i = 0; i < marks.length; i++) {
    (function (mark) {
      var show = function () { mark.classList.remove('tip-off'); };
      mark.addEventListener('focus', show);
      mark.addEventListener('mouseenter', show);
      mark.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter') return;
        var item = document.getElementById('item-' + mark.getAttribute('data-finding'));
        var link = item && item.querySelector('a.jump');
        if (link) { event.preventDefault(); link.focus(); }
      });
    })(marks[i]);
  }
  var links = document.querySelectorAll('a.jump');
  for (var j = 0; j < links.length; j++) {
    links[j].addEventListener('click', function (event) {
      var id = this.getAttribute('href').slice(1);
      var target = document.getElementById(id);
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView({block: 'center'});
      target.focus({preventScroll: true});
    });
  }
})();
`

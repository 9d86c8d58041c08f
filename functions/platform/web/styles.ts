/** The one stylesheet: mobile first, system fonts, large touch targets, visible focus, AA contrast. */
export const styles = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
a{color:#0b4fa3}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #f2a900;outline-offset:2px}
header.site{background:#0b3d6e;color:#fff;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
header.site a,header.site button{color:#fff}
header.site .brand{font-weight:700;font-size:1.15rem;text-decoration:none}
header.site nav{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
header.site form{display:inline}
header.site button{background:none;border:1px solid #fff;border-radius:4px;padding:.3rem .7rem;font:inherit;cursor:pointer;min-height:44px}
header.site nav a{display:inline-flex;align-items:center;min-height:44px}
main{max-width:48rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.plain-list{list-style:none;padding:0}
.disclosure{cursor:pointer;padding:.6rem 0;font-weight:600;color:#0b4fa3}
.spaced{margin:1rem 0}
.facts{margin:0 0 1rem}
.card{background:#fff;border:1px solid #d5dae1;border-radius:8px;padding:1rem;margin:0 0 1rem}
.notice{border-left:4px solid #0b4fa3;background:#e8f1fb;padding:.75rem 1rem;margin:0 0 1rem}
.notice--success{border-color:#1e7b34;background:#e7f5ea}
.notice--warning{border-color:#b45309;background:#fdf3e1}
.field-note{border-left:4px solid #b45309;background:#fdf3e1;padding:.5rem .75rem;margin:.5rem 0}.field-note p{margin:0}.field-note__title{font-weight:600}
.status{display:inline-block;border-radius:999px;padding:.1rem .6rem;font-size:.875rem;background:#e4e7eb}
.status--draft{background:#fff1c2}.status--missed{background:#f9d6d3}.status--submitted{background:#d3f0da}
.button,button.primary,.button-primary{display:inline-block;background:#0b4fa3;color:#fff;border:0;border-radius:6px;padding:.7rem 1.1rem;font:inherit;font-weight:600;text-decoration:none;cursor:pointer;min-height:44px}
a.button-secondary{display:inline-block;text-decoration:none}
button.secondary,.button-secondary,.button-add{background:#fff;color:#0b4fa3;border:2px solid #0b4fa3;border-radius:6px;padding:.6rem 1rem;font:inherit;cursor:pointer;min-height:44px}
.actions,.form-actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1.5rem 0}
.button-remove{background:none;border:0;color:#b3261e;text-decoration:underline;font:inherit;cursor:pointer;min-height:44px;padding:0 .25rem}
fieldset{border:1px solid #d5dae1;border-radius:8px;padding:1rem;margin:0 0 1rem;background:#fff;min-width:0}
legend{font-weight:700;padding:0 .25rem}
.field{margin:0 0 1.25rem}
.field label,.field .label{display:block;font-weight:600;margin-bottom:.25rem}
.hint{color:#4a5563;font-size:.9375rem;margin:.1rem 0 .4rem}
input[type=text],input[type=url],input[type=number],input[type=date],select,textarea{width:100%;font:inherit;padding:.6rem;border:2px solid #6b7683;border-radius:6px;background:#fff;min-height:44px}
textarea{min-height:8rem}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.35rem 0}
.choice input{width:1.25rem;height:1.25rem;margin-top:.15rem;flex:none}
.maturity-level{border:1px solid #d5dae1;border-radius:6px;padding:.5rem;margin:.4rem 0}
.field--error input,.field--error select,.field--error textarea{border-color:#b3261e}
.field--error{border-left:4px solid #b3261e;padding-left:.75rem}
.error-message{color:#b3261e;font-weight:600;margin:.25rem 0}
.error-summary{border:3px solid #b3261e;border-radius:8px;background:#fff;padding:1rem;margin:0 0 1rem}
.error-summary a{color:#b3261e;font-weight:600}
.required{color:#b3261e}
.group-item{background:#fafbfc}
dl.answers dt{font-weight:600;margin-top:.75rem}
dl.answers dd{margin:0 0 .25rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #d5dae1;vertical-align:top}
.key-string,.digests code{word-break:break-all}
.scores{table-layout:fixed}.scores th,.scores td{padding:.35rem .25rem;overflow-wrap:anywhere;font-size:.9375rem}.scores thead th{font-size:.8125rem}.scores .band{display:block}
.table-scroll{overflow-x:auto}.risk-table{min-width:60rem}.heat-map svg{max-width:100%;height:auto}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
input[type=search]{width:100%;font:inherit;padding:.6rem;border:2px solid #6b7683;border-radius:6px;background:#fff;min-height:44px}
.status--open{background:#e8f1fb}.status--late{background:#fde2c4}.status--waived{background:#e4e7eb}.status--accepted{background:#d3f0da}.status--revision_requested{background:#fff1c2}.status--under_review{background:#e8f1fb}
.status-counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem}
.status-counts a{display:inline-flex;align-items:center;gap:.35rem;min-height:44px;padding:.2rem .75rem;border:1px solid #d5dae1;border-radius:999px;background:#fff;text-decoration:none}
.status-counts a[aria-current]{background:#0b4fa3;border-color:#0b4fa3;color:#fff}
.status-counts strong{font-size:1.1rem}
.filters{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end;background:#fff;border:1px solid #d5dae1;border-radius:8px;padding:.75rem 1rem .25rem;margin:0 0 1rem}
.filters .field{flex:1 1 14rem;margin:0 0 .75rem}
.filters button{margin:0 0 .75rem}
.obligations-table{background:#fff;border:1px solid #d5dae1}
.obligations-table thead th{background:#eef1f5;font-size:.9375rem}
.obligations-table .reason{display:block;margin:.25rem 0 0}
.obligations-table .day{white-space:nowrap}
.obligations-table details[open]{min-width:15rem}
.obligations-table .disclosure{padding:0}
.obligations-table summary{white-space:nowrap}
@media (min-width:40.01rem){main:has(.obligations-table){max-width:72rem}}
@media (max-width:40rem){
.obligations-table,.obligations-table tbody,.obligations-table th,.obligations-table td{display:block}
.obligations-table{background:none;border:0}
.obligations-table thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.obligations-table tr{display:flex;flex-wrap:wrap;align-items:baseline;gap:.15rem .5rem;background:#fff;border:1px solid #d5dae1;border-radius:8px;padding:.5rem .75rem;margin:0 0 .5rem}
.obligations-table th,.obligations-table td{border:0;padding:0}
.obligations-table th{flex:1 0 100%;font-weight:700}
.obligations-table td{font-size:.9375rem}
.obligations-table td::before{content:attr(data-label) ": ";content:attr(data-label) ": "/"";color:#4a5563;font-size:.8125rem}
.obligations-table td:empty{display:none}
.obligations-table td.change{flex:1 0 100%}
.obligations-table td.state::before,.obligations-table td.change::before{content:none}
.obligations-table summary{white-space:normal}
.obligations-table .disclosure{padding:.625rem 0}
}
.likert{display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.honeypot{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.qr{display:block;width:12rem;max-width:100%;height:auto;background:#fff}
.poster{background:#fff;text-align:center;padding:1.5rem}
.poster h1{font-size:2rem}.poster .question{font-size:1.35rem;font-weight:600}.poster .qr{width:60%;margin:1.5rem auto}.poster .address{font-size:1.1rem;word-break:break-all}
@page{size:A4;margin:15mm}
@media print{header.site,.no-print{display:none!important}body,main,.poster{background:#fff;max-width:none;margin:0;padding:0}.poster .qr{width:110mm}}
[hidden]{display:none!important}
`;

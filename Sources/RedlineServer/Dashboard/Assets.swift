import Hummingbird

/// The dashboard's stylesheet and script, served from memory; no outside assets.
enum Assets {
    static func response(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=300"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static let css = """
    :root{--ink:#1d2430;--muted:#5b6676;--line:#dde2ea;--bg:#f6f7f9;--card:#fff;--accent:#b3261e;
    --declared:#0072b2;--crossed:#e69f00;--enforced:#d55e00;--partially-enforced:#cc79a7;--not-enforced:#595959;--withdrawn:#009e73}
    /* Okabe–Ito colours, told apart by colour-blind readers; each status also has its own symbol and border style. */
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
    a{color:#1f4fae}
    header.top{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;padding:.6rem 1rem;background:#111827;color:#fff}
    header.top a{color:#e5e7eb;text-decoration:none}
    header.top nav{display:flex;gap:1rem;flex-wrap:wrap}
    header.top nav a[aria-current]{color:#fff;border-bottom:2px solid var(--accent)}
    .brand{font-weight:800;font-size:1.25rem;letter-spacing:-.02em}.brand span{color:#f87171}
    .token{margin-left:auto;font-size:.9rem}.token summary{cursor:pointer}
    .token form{display:flex;flex-wrap:wrap;gap:.4rem;align-items:end;padding:.5rem 0}
    .token input{width:10rem}
    main{max-width:72rem;margin:0 auto;padding:1rem}
    footer{max-width:72rem;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.85rem}
    h1{font-size:1.6rem;margin:.5rem 0 1rem;line-height:1.25}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
    .muted{color:var(--muted)}
    form.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin-bottom:1rem}
    label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted);gap:.2rem}
    input,select,textarea,button{font:inherit}
    input,select,textarea{padding:.35rem .5rem;border:1px solid var(--line);border-radius:6px;background:#fff;color:var(--ink)}
    button{padding:.4rem .8rem;border:1px solid #1f2937;border-radius:6px;background:#1f2937;color:#fff;cursor:pointer}
    button.secondary{background:#fff;color:#1f2937}
    .chips{display:flex;flex-wrap:wrap;gap:.4rem;margin:0 0 1rem}
    .badge{display:inline-block;padding:.05rem .55rem;border-radius:999px;font-size:.8rem;font-weight:600;color:#fff;background:#6b7280;white-space:nowrap}
    .status-declared{--status:var(--declared);--status-ink:#fff;--edge:solid}.status-crossed{--status:var(--crossed);--status-ink:#1d2430;--edge:dashed}
    .status-enforced{--status:var(--enforced);--status-ink:#fff;--edge:solid}.status-partially-enforced{--status:var(--partially-enforced);--status-ink:#1d2430;--edge:dotted}
    .status-not-enforced{--status:var(--not-enforced);--status-ink:#fff;--edge:double}.status-withdrawn{--status:var(--withdrawn);--status-ink:#fff;--edge:dotted}
    .badge[class*=status-]{background:var(--status);color:var(--status-ink)}
    .badge .icon{font-weight:700}
    small.code,td small,.facet small{color:var(--muted);font-size:.78em;font-weight:400;margin-left:.15em}
    .badge small.code{color:inherit}
    a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible,input[type=date]:focus,input[type=date]:focus-within{outline:3px solid #0072b2;outline-offset:2px}
    header.top a:focus-visible,header.top button:focus-visible,header.top summary:focus-visible,header.top input:focus,header.top input:focus-within{outline-color:#fbbf24}
    .skip-link{position:absolute;left:.5rem;top:-3rem;z-index:10;padding:.5rem .9rem;background:#fff;color:#1f4fae;border:2px solid #0072b2;border-radius:6px;font-weight:600}
    .skip-link:focus{top:.5rem}
    main:focus{outline:none}
    svg.chart a{outline:none}
    svg.chart a:focus-visible rect.hit{fill:#e8f1f8;stroke:#0072b2;stroke-width:3}
    .chart-readout{min-height:1.5em;margin:.2rem 0 0;font-size:.85rem}
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:1rem}
    .card{background:var(--card);border:1px solid var(--line);border-left:6px var(--edge,solid) var(--status,#999);border-radius:10px;padding:.9rem 1rem;display:flex;flex-direction:column;gap:.4rem}
    .card h3{margin:0;font-size:1.05rem;line-height:1.3}.card h3 a{color:inherit;text-decoration:none}.card h3 a:hover{text-decoration:underline}
    .card .meta{font-size:.85rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:.3rem .8rem}
    .card blockquote{margin:0;font-size:.92rem;color:#374151;border-left:3px solid var(--line);padding-left:.6rem}
    .pager{display:flex;gap:1rem;justify-content:space-between;margin:1rem 0}
    .facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem;margin:0}
    .facts dt{color:var(--muted)}.facts dd{margin:0}
    ol.timeline{list-style:none;padding:0;margin:0;border-left:3px solid var(--line);margin-left:.5rem}
    ol.timeline li{position:relative;padding:.2rem 0 1.2rem 1.2rem}
    ol.timeline li::before{content:"";position:absolute;left:-.55rem;top:.45rem;width:.8rem;height:.8rem;border-radius:50%;background:var(--dot,#9ca3af);border:2px solid #fff}
    li.kind-declaration{--dot:var(--declared)}li.kind-reaffirmation{--dot:#60a5fa}li.kind-crossing{--dot:var(--crossed)}li.kind-response{--dot:var(--enforced)}
    .when{font-weight:600}.kind{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin-left:.4rem}
    blockquote.evidence{margin:.3rem 0;padding:.5rem .8rem;background:#fff;border:1px solid var(--line);border-radius:8px;font-size:.95rem}
    .source{font-size:.85rem;color:var(--muted);word-break:break-all}
    .review{display:none;gap:.4rem;flex-wrap:wrap;margin-top:.3rem}
    body.has-token .review{display:flex}
    .review button{font-size:.8rem;padding:.15rem .6rem}
    .verdict{font-size:.8rem;color:var(--muted)}
    table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);border-radius:8px;font-size:.92rem}
    th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
    .table-wrap{overflow-x:auto}
    svg.chart{width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:8px}
    svg.chart text{font-size:11px;fill:#5b6676}
    svg.cred-bar{max-width:26rem;display:block;margin-bottom:1rem}
    svg.chart a.week:hover rect.hit,svg.chart a.week:focus rect.hit{fill:#e8f1f8}
    .lvl1{fill:#d1d5db}.lvl2{fill:#fbbf24}.lvl3{fill:#f97316}.lvl4{fill:#dc2626}.lvl5{fill:#7f1d1d}
    .cred{display:flex;flex-wrap:wrap;align-items:center;gap:1rem}.cred .big{font-size:2.2rem;font-weight:800}
    .doc{white-space:pre-wrap;background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem;line-height:1.7;overflow-wrap:anywhere}
    .hl-redline{background:#fde2e1;border-bottom:2px solid #dc2626}.hl-event{background:#fef3c7}.hl-claim{background:#ede9fe}
    .hl-actor{font-weight:600;color:#1e3a8a}.hl-date{text-decoration:underline dotted #0f766e;text-decoration-thickness:2px}.hl-quote{font-style:italic}
    .legend{display:flex;flex-wrap:wrap;gap:.5rem 1rem;font-size:.85rem;margin:.5rem 0}
    textarea{width:100%;min-height:14rem}
    table.timeline-table td{vertical-align:middle}.strip-cell{min-width:22rem;width:55%}svg.strip{width:100%;height:auto;display:block}
    .axis{display:flex;justify-content:space-between;font-weight:400;color:var(--muted);font-size:.8rem}
    .swatch.open{background:repeating-linear-gradient(45deg,#fbe3d3,#fbe3d3 3px,#f3c19f 3px,#f3c19f 5px)}
    svg.strip rect.open{fill:#f9d9c3;stroke:#d55e00;stroke-dasharray:3 2}
    .swatch{display:inline-block;width:1.2em;height:.8em;border:1px dashed #d55e00;vertical-align:middle}
    mark{background:#ffe08a;color:inherit;padding:0 .1em;border-radius:2px}
    ol.results{list-style:none;padding:0;margin:0}ol.results>li{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.8rem 1rem;margin-bottom:1rem}
    ol.results h2{margin:0 0 .2rem;font-size:1.1rem}ul.hits{list-style:none;padding:0;margin:.4rem 0 0}ul.hits li{margin:.5rem 0}
    .snippet{margin:.3rem 0;color:#374151}
    .explorer{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem}.explorer>*{min-width:0}
    @media (min-width:60rem){.explorer{grid-template-columns:16rem minmax(0,1fr)}}
    .facets{display:flex;flex-direction:column;gap:.8rem}
    .facet fieldset{border:0;margin:0;padding:0;min-width:0}
    .facet legend{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:0 0 .2rem;padding:0;font-weight:700}
    button.facet-value{background:none;border:0;border-radius:3px;padding:0 .1rem;color:#1f4fae;text-decoration:underline;text-align:left;cursor:pointer;font-size:inherit}
    button.facet-value:hover{text-decoration-thickness:2px}
    .facet ul{list-style:none;padding:0;margin:0;font-size:.9rem}.facet li{display:flex;justify-content:space-between;gap:.5rem;padding:.1rem 0}
    .facet li.chosen button{font-weight:700;text-decoration:none}.facet .count{color:var(--muted);font-variant-numeric:tabular-nums}
    form.range{display:flex;flex-direction:column;gap:.4rem}
    figure.histogram-wrap{margin:0 0 1rem}
    svg.histogram a.bar rect.hit{fill:transparent}svg.histogram a.bar rect.val{fill:#0072b2}
    svg.histogram a.bar:hover rect.hit,svg.histogram a.bar:focus rect.hit{fill:#e8f1f8}
    svg.histogram a.bar.selected rect.val{fill:#d55e00}svg.histogram a.bar.selected rect.hit{fill:#fbe3d3}
    table.events td{font-size:.88rem}.nowrap{white-space:nowrap}.flag{display:inline-block;font-size:.75rem;border:1px dashed #595959;border-radius:4px;padding:0 .3rem;margin-left:.3rem}
    .doc .anchor{scroll-margin-top:30vh}.doc .anchor:target+span,.doc .anchor:target+*{outline:3px solid #0072b2;outline-offset:1px}
    .notice{background:#fff7ed;border:1px solid #fed7aa;border-radius:8px;padding:.6rem .9rem}
    .grid2{display:grid;grid-template-columns:1fr;gap:1rem}
    @media (min-width:60rem){.grid2{grid-template-columns:3fr 2fr}}
    ol.queue{list-style:none;padding:0;margin:0}
    .queue-item{background:#fff;border:1px solid var(--line);border-left:6px solid var(--dot,#9ca3af);border-radius:10px;padding:.7rem 1rem;margin-bottom:.8rem}
    .queue-item.reviewed{border-left-style:dotted;background:#fafbfc}
    .queue-line{font-weight:600}.queue-item .meta{display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:center;font-size:.85rem;margin:.2rem 0}
    .queue-item .kind{margin-left:0}
    .badge.verdict-confirm{background:#009e73;color:#fff}.badge.verdict-reject{background:#d55e00;color:#fff}
    .badge.verdict-none{background:#fff;color:var(--ink);border:1px dashed #595959}
    .review label{flex-direction:row;align-items:center;gap:.4rem}.review input[name=reason]{min-width:min(100%,18rem)}
    .review button:disabled,.review input:disabled{opacity:.5;cursor:default}
    body.has-token .needs-token{display:none}
    .signed-in-only{display:none}body.signed-in .signed-in-only{display:block}body.signed-in .signed-out-only{display:none}
    label.check{flex-direction:row;align-items:center;color:var(--ink)}
    table.history tr.superseded td{color:var(--muted)}.flag.names-nothing{border-color:#d55e00;color:#a33d00}
    .live{background:#fff;border:1px solid var(--line);border-left:6px solid #d55e00;border-radius:10px;padding:.5rem 1rem;margin-bottom:1rem}
    .live h2{font-size:1rem;margin:.2rem 0}.live ol{margin:0;padding-left:1.2rem}.live li{margin:.3rem 0}.live q{color:var(--muted)}
    .live .feed{font-size:.8rem;font-weight:400;margin-left:.5rem}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;margin:0}
    /* On a phone an event is a block (date, actor, event, recipient on one line, the sentence below) instead of a table row five columns wide. */
    @media (max-width:40rem){table.events thead{position:absolute;left:-9999px}table.events tr{display:block;border-bottom:1px solid var(--line);padding:.3rem 0}
    table.events td{display:inline-block;border:0;padding:.1rem .5rem}table.events td:last-child{display:block}}
    @media (max-width:40rem){body{font-size:15px}main{padding:.75rem}h1{font-size:1.3rem}.facts{grid-template-columns:1fr}.token{margin-left:0}}
    """

    static let js = """
    (function(){
      'use strict';
      var KEY='redline.token', NAME='redline.reviewer';
      function token(){ try { return localStorage.getItem(KEY) || ''; } catch(e) { return ''; } }
      // The session cookie itself is HttpOnly; its companion only tells the page to show the controls.
      function signedIn(){ return /(^|;\\s*)redline_signed_in=1(;|$)/.test(document.cookie); }
      function mark(){
        document.body.classList.toggle('has-token', token() !== '' || signedIn());
        document.body.classList.toggle('signed-in', signedIn());
      }
      function settle(row, review){
        var accepted = review.verdict === 'confirm', words = accepted ? 'Accepted' : 'Rejected';
        row.classList.remove('unreviewed');
        row.classList.add('reviewed', 'verdict-' + review.verdict);
        var badge = row.querySelector('.badge');
        if (badge) {
          badge.className = 'badge verdict-' + review.verdict;
          badge.innerHTML = accepted ? '<span class="icon" aria-hidden="true">✔</span> accepted' : '<span class="icon" aria-hidden="true">✕</span> rejected';
        }
        row.querySelector('.verdict').textContent = words + ' by ' + review.reviewer + ': ' + review.reason;
        row.querySelectorAll('.review button, .review input').forEach(function(el){ el.disabled = true; });
        var announce = document.getElementById('review-announce');
        if (announce) { announce.textContent = words + '.'; }
        var next = row.nextElementSibling && row.nextElementSibling.querySelector('.review input');
        if (next) { next.focus(); }
      }
      // A chart's bars are one Tab stop (the chosen bar, else the latest with events): the arrow
      // keys, Home and End move between them, Enter or Space opens one, and the bar's count is
      // read out beside the chart on focus or hover, as its tooltip is.
      function chartKeys(svg){
        var bars = Array.prototype.slice.call(svg.querySelectorAll('a[href]'));
        if (!bars.length) { return; }
        var readout = svg.parentNode.querySelector('.chart-readout');
        var current = svg.querySelector('a.selected') || bars.filter(function(b){ return b.dataset.count !== '0'; }).pop() || bars[0];
        bars.forEach(function(b){ b.setAttribute('tabindex', b === current ? '0' : '-1'); });
        function say(b){ if (readout) { readout.textContent = b.getAttribute('aria-label') || ''; } }
        function move(to){
          current.setAttribute('tabindex', '-1');
          current = bars[Math.max(0, Math.min(bars.length - 1, to))];
          current.setAttribute('tabindex', '0');
          current.focus();
        }
        bars.forEach(function(b, i){
          b.addEventListener('focus', function(){ say(b); });
          b.addEventListener('mouseenter', function(){ say(b); });
          b.addEventListener('keydown', function(ev){
            var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[ev.key];
            if (step) { move(i + step); }
            else if (ev.key === 'Home') { move(0); }
            else if (ev.key === 'End') { move(bars.length - 1); }
            else if (ev.key === 'Enter' || ev.key === ' ') { location.href = b.getAttribute('href'); }
            else { return; }
            ev.preventDefault();
          });
        });
      }
      document.addEventListener('DOMContentLoaded', function(){
        mark();
        var form = document.getElementById('token-form');
        if (form) {
          form.reviewer.value = localStorage.getItem(NAME) || '';
          form.addEventListener('submit', function(ev){
            ev.preventDefault();
            localStorage.setItem(KEY, form.token.value.trim());
            localStorage.setItem(NAME, form.reviewer.value.trim());
            form.token.value=''; mark();
          });
          document.getElementById('token-clear').addEventListener('click', function(){ localStorage.removeItem(KEY); mark(); });
        }
        document.querySelectorAll('form.filters select, form.filters input[type=date]').forEach(function(el){
          el.addEventListener('change', function(){ el.form.submit(); });
        });
        document.querySelectorAll('[data-review]').forEach(function(button){
          button.addEventListener('click', function(){
            var body = { line: button.dataset.line, reviewer: localStorage.getItem(NAME) || 'analyst' };
            if (button.dataset.link) { body.link = button.dataset.link; body.verdict = button.dataset.verdict; }
            else {
              var select = document.getElementById(button.dataset.statusFrom);
              body.status = select ? select.value : '';
            }
            // In the review queue a row carries its own reason field, and is settled in place.
            var row = button.closest('[data-review-row]');
            var field = row ? row.querySelector('input[name=reason]') : null;
            var reason = (field && field.value.trim()) || window.prompt('Why? (kept with the review)');
            if (!reason) { return; }
            body.reason = reason;
            // Signed in, the session cookie goes along (same origin) and no token is needed.
            var headers = { 'Content-Type': 'application/json' };
            if (token()) { headers.Authorization = 'Bearer ' + token(); }
            fetch('/api/reviews', { method: 'POST', headers: headers, credentials: 'same-origin', body: JSON.stringify(body) })
              .then(function(r){ return r.json().then(function(j){ return { ok: r.ok, json: j }; }); })
              .then(function(r){
                if (!r.ok) { window.alert(r.json.error || 'The review was refused.'); }
                else if (row) { settle(row, r.json.review || body); }
                else { location.reload(); }
              })
              .catch(function(){ window.alert('The server could not be reached.'); });
          });
        });
        // Live alerts: the server streams each alert kept (by a watch, an ingest, an upload or a
        // review) as a server-sent event; the newest ten show above the page, linking to the line.
        var live = document.getElementById('live-alerts');
        if (live && window.EventSource) {
          var labels = { line: 'New red line', statement: 'Restated', crossing: 'Crossed', response: 'Response',
                         status: 'Status changed', window: 'Response window closing' };
          // The stream opens a few seconds after the page, from the latest alert when the page was
          // loaded (so nothing kept meanwhile is missed): a page only rendered or printed never
          // holds a connection open.
          fetch('/api/alerts?limit=1').then(function(r){ return r.ok ? r.json() : { alerts: [] }; }).then(function(j){
            var last = j.alerts && j.alerts.length ? j.alerts[j.alerts.length - 1].id : 0;
            window.setTimeout(function(){ listen(new EventSource('/api/alerts/stream?after=' + last)); }, 4000);
          }).catch(function(){});
        }
        function listen(stream){
          stream.addEventListener('open', function(){ live.dataset.stream = 'open'; });
          stream.addEventListener('alert', function(ev){
            var a; try { a = JSON.parse(ev.data); } catch (e) { return; }
            var item = document.createElement('li');
            item.className = 'live-alert kind-' + a.alert;
            var link = document.createElement('a');
            link.href = '/lines/' + encodeURIComponent(a.line);
            link.textContent = (labels[a.alert] || a.alert) + ': ' + a.declarer + ' · ' + a.trigger;
            var status = document.createElement('span');
            status.className = 'badge status-' + a.status;
            status.textContent = a.status;
            var evidence = document.createElement('q');
            evidence.textContent = a.evidence;
            item.appendChild(link); item.appendChild(document.createTextNode(' ')); item.appendChild(status);
            item.appendChild(document.createElement('br')); item.appendChild(evidence);
            var list = live.querySelector('ol');
            list.insertBefore(item, list.firstChild);
            while (list.children.length > 10) { list.removeChild(list.lastChild); }
            live.hidden = false;
          });
        }
        document.querySelectorAll('svg.chart').forEach(chartKeys);
        var analyze = document.getElementById('analyze-form');
        if (analyze) {
          var file = analyze.querySelector('input[type=file]');
          file.addEventListener('change', function(){
            var f = file.files[0]; if (!f) { return; }
            var reader = new FileReader();
            reader.onload = function(){ analyze.text.value = reader.result; };
            reader.readAsText(f);
          });
          analyze.addEventListener('submit', function(){ analyze.token.value = analyze.store.checked ? token() : ''; });
        }
      });
    })();
    """
}

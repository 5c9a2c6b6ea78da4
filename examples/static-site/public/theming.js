// Wires the controls of theming.html to the element's attributes. A separate file, not an
// inline script, so the page works under Content-Security-Policy: script-src 'self'.
const feed = document.getElementById('feed');
const form = document.getElementById('controls');
const status = document.getElementById('status');

function apply() {
  const data = new FormData(form);
  const currency = String(data.get('currency') ?? '');
  const lang = String(data.get('lang') ?? 'en');
  const theme = String(data.get('theme') ?? 'auto');
  const look = String(data.get('look') ?? 'default');

  // Attributes and properties are interchangeable; an empty currency removes conversions.
  if (currency) feed.setAttribute('currency', currency);
  else feed.removeAttribute('currency');
  feed.setAttribute('lang', lang);
  feed.setAttribute('theme', theme);
  feed.classList.toggle('newsprint', look === 'newsprint');

  status.textContent = `theme=${theme}, currency=${currency || 'none'}, lang=${lang}`;
}

form.addEventListener('change', apply);
form.addEventListener('submit', (event) => event.preventDefault());

// The element reports what it loaded and any problem with the data, with readable reasons.
feed.addEventListener('briefing-feed-load', (event) => {
  const { accepted, rejected } = event.detail;
  status.textContent = `Loaded ${accepted} briefings${rejected ? ` (${rejected} rejected)` : ''}.`;
});
feed.addEventListener('briefing-feed-error', (event) => {
  status.textContent = `Problem: ${event.detail.message}`;
});

apply();

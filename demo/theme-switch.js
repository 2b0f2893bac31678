// The demo pages' colour scheme: light, dark, or the reader's system setting, for every widget on the page (its
// `theme` attribute) and for the page around it. The choice is kept in the address (`?theme=dark`), so a view can be
// shared, and the page reads it before the widgets first render.
const widgets = 'mdma-faq, study-table, session-timeline, safety-callout';
const choices = { light: 'Light', dark: 'Dark', auto: 'As the system' };

function apply(theme) {
  document.documentElement.dataset.theme = theme;
  for (const widget of document.querySelectorAll(widgets)) widget.setAttribute('theme', theme);
}

const asked = new URLSearchParams(location.search).get('theme');
const theme = Object.hasOwn(choices, asked ?? '') ? asked : 'light';

const label = document.createElement('label');
label.className = 'theme-switch';
label.textContent = 'Colours ';
const select = document.createElement('select');
for (const [value, text] of Object.entries(choices)) select.add(new Option(text, value, false, value === theme));
select.addEventListener('change', () => {
  apply(select.value);
  const url = new URL(location.href);
  url.searchParams.set('theme', select.value);
  history.replaceState(null, '', url);
});
label.append(select);
(document.querySelector('.demo-bar, header nav') ?? document.body).append(label);
apply(theme);

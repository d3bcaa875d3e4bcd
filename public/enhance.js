// @ts-check
// The site's only hand-written browser script: two small enhancements that need no framework,
// so pages without React on the client (role guides) get them too. One delegated listener
// each, so they also work on pages the App Router swaps in without a reload.
//  - Copy-link buttons ([data-copy-link]) copy a URL and say so in the live region beside them.
//    They stay hidden until this script runs (see [data-needs-js] in app/globals.css).
//  - The language switch ([data-language-switch]) keeps the section being read: #education
//    stays #education. Browsers never send the fragment, so the server cannot do this.
(function () {
  document.documentElement.setAttribute('data-js', '');

  /** @param {HTMLButtonElement} button @param {'done' | 'failed'} outcome */
  function say(button, outcome) {
    const status = button.parentElement && button.parentElement.querySelector('[role="status"]');
    if (!status) return;
    status.textContent = button.getAttribute('data-' + outcome) || '';
    setTimeout(function () {
      status.textContent = '';
    }, 4000);
  }

  document.addEventListener('click', function (event) {
    if (!(event.target instanceof Element)) return;
    const button = event.target.closest('button[data-copy-link]');
    if (button instanceof HTMLButtonElement) {
      const value = button.getAttribute('data-copy-link') || '';
      const text = button.hasAttribute('data-copy-plain') ? value : new URL(value, window.location.origin).toString();
      navigator.clipboard.writeText(text).then(
        function () {
          say(button, 'done');
        },
        function () {
          say(button, 'failed');
        },
      );
      return;
    }
    const link = event.target.closest('a[data-language-switch]');
    const hash = window.location.hash;
    if (!(link instanceof HTMLAnchorElement) || !hash || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    window.location.assign(link.getAttribute('href') + hash);
  });
})();

// @ts-check
// The site's one browser script. Pages ship no framework JavaScript: everything here is
// progressive enhancement, and every page works without it. Listeners are delegated or
// attached to elements marked with data-* attributes, so one script serves every page.
//  - [data-copy-link] buttons copy a URL and say so in the live region beside them.
//  - [data-language-switch] links keep the #section being read (the query is in the link).
//  - [data-print] buttons print the page.
//  - [data-filter-list] text boxes hide the items of a list that do not match.
//  - [data-instant-results-for] shows search results as you type (from /api/search).
//  - #header-q and #home-q become comboboxes that suggest roles and skills as you type.
//  - [data-scroll-into-view] (the link builder's result) is scrolled to on a phone.
//  - [data-toc-link] marks the section being read in a role's contents.
//  - [data-embed-card] in a frame tells its parent its height; iframe[data-embed-message] on
//    this site (the admissions preview) takes it, as the snippet's own lines do on other sites.
// Elements marked [data-needs-js] stay hidden until this script runs (app/globals.css).
(function () {
  document.documentElement.setAttribute('data-js', '');
  const lang = document.documentElement.lang || 'ru';

  /** @param {HTMLElement} button @param {'done' | 'failed'} outcome */
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
    const copy = event.target.closest('button[data-copy-link]');
    if (copy instanceof HTMLButtonElement) {
      const value = copy.getAttribute('data-copy-link') || '';
      const text = copy.hasAttribute('data-copy-plain') ? value : new URL(value, window.location.origin).toString();
      navigator.clipboard.writeText(text).then(
        function () {
          say(copy, 'done');
        },
        function () {
          say(copy, 'failed');
        },
      );
      return;
    }
    if (event.target.closest('button[data-print]')) {
      window.print();
      return;
    }
    const link = event.target.closest('a[data-language-switch]');
    const hash = window.location.hash;
    if (!(link instanceof HTMLAnchorElement) || !hash || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    window.location.assign(link.getAttribute('href') + hash);
  });

  /** Lower case, ё as е: how lists and search compare words. */
  function fold(/** @type {string} */ s) {
    return s.toLowerCase().replace(/ё/g, 'е');
  }

  // --- list filter (the skill matcher) ----------------------------------------------------
  document.addEventListener('input', function (event) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-filter-list')) return;
    const needle = fold(input.value.trim());
    const list = document.getElementById(input.getAttribute('data-filter-list') || '');
    if (!list) return;
    list.querySelectorAll('[data-skill-option]').forEach(function (item) {
      if (item instanceof HTMLElement) item.hidden = needle !== '' && !fold(item.getAttribute('data-skill-option') || '').includes(needle);
    });
  });

  // --- search: live results and suggestions ---------------------------------------------
  /**
   * @typedef {{ href: string, title: string, why: string }} Hit
   * @typedef {{ roles: Hit[], topics: { href: string, label: string, kind: string }[] }} Answer
   */
  /** @param {string} q @param {AbortSignal} signal @returns {Promise<Answer | null>} */
  function ask(q, signal) {
    return fetch('/api/search?lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(q), { signal: signal }).then(
      function (res) {
        return res.ok ? res.json() : null;
      },
      function () {
        return null; // a newer keystroke aborted it
      },
    );
  }

  /** Calls `run` 150 ms after the last keystroke, aborting the request before it. */
  function debounced(/** @type {HTMLInputElement} */ input, /** @type {(q: string, signal: AbortSignal) => void} */ run) {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    /** @type {AbortController | undefined} */
    let controller;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (controller) controller.abort();
        controller = new AbortController();
        run(input.value.trim(), controller.signal);
      }, 150);
    });
  }

  /** @param {string} tag @param {Record<string, string>} attrs @param {string} [text] */
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const key in attrs) node.setAttribute(key, attrs[key]);
    if (text) node.textContent = text;
    return node;
  }

  // Live results on /search, under the form.
  document.querySelectorAll('[data-instant-results-for]').forEach(function (box) {
    const input = document.getElementById(box.getAttribute('data-instant-results-for') || '');
    const status = box.querySelector('[role="status"]');
    const list = box.querySelector('ul');
    if (!(input instanceof HTMLInputElement) || !status || !list) return;
    /** @type {Record<string, string>} */
    const some = JSON.parse(box.getAttribute('data-some') || '{}');
    debounced(input, function (q, signal) {
      if (q.length < 2) {
        status.textContent = '';
        list.replaceChildren();
        return;
      }
      ask(q, signal).then(function (answer) {
        if (!answer) return;
        const n = answer.roles.length;
        const form = some[new Intl.PluralRules(lang).select(n)] || some.other || '';
        status.textContent = n === 0 ? box.getAttribute('data-none') || '' : form.replace('{count}', String(n));
        list.replaceChildren(
          ...answer.roles.map(function (hit) {
            const li = el('li', {});
            const a = el('a', { href: hit.href, class: 'block px-3 py-2' });
            a.append(el('span', { class: 'font-semibold' }, hit.title), ' ', el('span', { class: 'text-sm text-muted' }, '— ' + hit.why));
            li.append(a);
            return li;
          }),
        );
      });
    });
  });

  // Suggestions under the header and home search boxes: an ARIA 1.2 combobox with a listbox.
  ['header-q', 'home-q'].forEach(function (id) {
    const input = document.getElementById(id);
    if (!(input instanceof HTMLInputElement) || !input.form) return;
    const form = input.form;
    const listbox = el('ul', { id: id + '-suggestions', role: 'listbox', class: 'suggestions', 'aria-label': input.getAttribute('data-suggest-label') || '' });
    listbox.hidden = true;
    form.classList.add('relative');
    form.append(listbox);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    let active = -1;
    /** @type {HTMLElement[]} */
    let options = [];
    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function mark(/** @type {number} */ i) {
      active = i;
      options.forEach(function (o, k) {
        o.setAttribute('aria-selected', String(k === i));
      });
      if (options[i]) input.setAttribute('aria-activedescendant', options[i].id);
      else input.removeAttribute('aria-activedescendant');
    }
    debounced(input, function (q, signal) {
      if (q.length < 2) return close();
      ask(q, signal).then(function (answer) {
        if (!answer) return;
        const items = answer.roles.slice(0, 5).map(function (r) {
          return { href: r.href, text: r.title, note: r.why };
        }).concat(
          answer.topics.slice(0, 3).map(function (s) {
            return { href: s.href, text: s.label, note: s.kind };
          }),
        );
        options = items.map(function (item, i) {
          const li = el('li', { id: id + '-option-' + i, role: 'option', 'aria-selected': 'false', 'data-href': item.href });
          li.append(el('span', { class: 'font-semibold' }, item.text));
          if (item.note) li.append(el('span', { class: 'block text-sm text-muted' }, item.note));
          li.addEventListener('mousedown', function (e) {
            e.preventDefault();
            window.location.assign(item.href);
          });
          return li;
        });
        listbox.replaceChildren.apply(listbox, options);
        if (options.length === 0) return close();
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        mark(-1);
      });
    });
    input.addEventListener('keydown', function (e) {
      if (listbox.hidden) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const n = options.length;
        mark(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
      } else if (e.key === 'Enter' && options[active]) {
        e.preventDefault();
        window.location.assign(options[active].getAttribute('data-href') || '');
      } else if (e.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', close);
  });

  // --- the link builder's result on a phone -------------------------------------------------
  const result = document.querySelector('[data-scroll-into-view]');
  if (result && window.matchMedia('(max-width: 1023px)').matches) result.scrollIntoView({ block: 'start' });

  // --- embed cards and their frames ------------------------------------------------------------
  const card = document.querySelector('[data-embed-card][data-embed-message]');
  if (card && window.parent !== window) {
    const type = card.getAttribute('data-embed-message');
    const send = function () {
      const height = Math.ceil(card.getBoundingClientRect().bottom + window.scrollY) + 8;
      window.parent.postMessage({ type: type, height: height }, '*'); // a height is no secret
    };
    send();
    window.addEventListener('load', send);
    if ('ResizeObserver' in window) new ResizeObserver(send).observe(card);
  }
  const previews = document.querySelectorAll('iframe[data-embed-message]');
  if (previews.length) {
    window.addEventListener('message', function (event) {
      if (event.origin !== window.location.origin || !event.data) return;
      previews.forEach(function (frame) {
        if (!(frame instanceof HTMLIFrameElement) || frame.contentWindow !== event.source) return;
        if (event.data.type !== frame.getAttribute('data-embed-message')) return;
        const height = Number(event.data.height);
        if (height > 0 && height < 4000) frame.style.height = Math.ceil(height) + 'px';
      });
    });
  }

  // --- a form's error summary takes focus, so screen readers announce it first (GOV.UK pattern)
  const summary = document.querySelector('[data-autofocus]');
  if (summary instanceof HTMLElement) summary.focus();

  // --- the section being read, marked in a role's contents ---------------------------------
  const tocLinks = document.querySelectorAll('a[data-toc-link]');
  if (tocLinks.length && 'IntersectionObserver' in window) {
    /** @type {Map<string, Element>} */
    const byId = new Map();
    tocLinks.forEach(function (a) {
      byId.set(a.getAttribute('data-toc-link') || '', a);
    });
    const observer = new IntersectionObserver(
      function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          tocLinks.forEach(function (a) {
            a.removeAttribute('aria-current');
          });
          const current = byId.get(entry.target.id);
          if (current) current.setAttribute('aria-current', 'location');
        });
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    byId.forEach(function (_a, sectionId) {
      const section = document.getElementById(sectionId);
      if (section) observer.observe(section);
    });
  }
})();

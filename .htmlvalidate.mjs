/**
 * html-validate's rules for every built page: `npm run validate:html`, and
 * tests/site/html-valid.test.ts on the test build. Invalid pages are fixed in the
 * templates; a rule is switched off or tuned here only with its reason beside it.
 * https://html-validate.org/rules/
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A page's title is the entry's own headline followed by the agency's name
    // (WCAG 2.4.2). Official headlines often pass 70 characters, and cutting them
    // would drop the words that tell one page from another; search engines
    // shorten what they show themselves.
    'long-title': 'off',
    // Phone links are kept on one line by CSS (`white-space: nowrap`: `.tel` in
    // src/styles/global.css, `.hotline` in HotlineLink.astro, the number's `.tel`
    // span in `.phone-link` of HomeEssentials.astro) rather than by &nbsp;, so
    // the number copies, and is read out, exactly as written.
    'tel-non-breaking': ['error', { ignoreClasses: ['tel', 'hotline', 'phone-link'] }],
  },
};

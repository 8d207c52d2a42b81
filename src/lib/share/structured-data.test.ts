import { describe, expect, it } from 'vitest';
import { parseVietnamDate } from '../shared/dates';
import { authorOf, faqPage, governmentOrganization, jsonLdText, newsArticle } from './structured-data';

const agency = {
  name: 'Sở Ngoại vụ tỉnh Sơn La',
  parent: 'Ủy ban nhân dân tỉnh Sơn La',
  url: 'https://songoaivu.sonla.gov.vn/',
  telephone: '+842123850384',
};

describe('governmentOrganization', () => {
  it('names the agency, its hotline and the provincial committee above it, and leaves out what is not known', () => {
    expect(governmentOrganization(agency)).toEqual({
      '@type': 'GovernmentOrganization',
      name: 'Sở Ngoại vụ tỉnh Sơn La',
      url: 'https://songoaivu.sonla.gov.vn/',
      telephone: '+842123850384',
      parentOrganization: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân tỉnh Sơn La' },
    });
  });
});

describe('newsArticle', () => {
  it('dates the article in Vietnam time and credits its author and the agency', () => {
    const facts = {
      headline: 'Họp báo',
      description: 'Tóm tắt.',
      url: 'https://songoaivu.sonla.gov.vn/tin-tuc/hop-bao/',
      image: 'https://songoaivu.sonla.gov.vn/anh-chia-se/tin-tuc/hop-bao.png',
      published: parseVietnamDate('2025-03-01')!,
      author: 'Nguyễn Văn An',
    };
    expect(newsArticle(facts, agency)).toEqual({
      '@type': 'NewsArticle',
      headline: 'Họp báo',
      description: 'Tóm tắt.',
      mainEntityOfPage: facts.url,
      url: facts.url,
      image: [facts.image],
      datePublished: '2025-03-01T00:00:00+07:00',
      author: [{ '@type': 'Person', name: 'Nguyễn Văn An' }],
      publisher: { '@type': 'GovernmentOrganization', name: 'Sở Ngoại vụ tỉnh Sơn La', url: 'https://songoaivu.sonla.gov.vn/' },
      inLanguage: 'vi',
    });
    expect(newsArticle({ ...facts, modified: parseVietnamDate('2025-03-02T08:30+07:00')! }, agency).dateModified).toBe('2025-03-02T08:30:00+07:00');
    expect((newsArticle({ ...facts, headline: 'a'.repeat(130) }, agency).headline as string).length).toBe(110);
  });
});

describe('authorOf', () => {
  it('tells a unit from a person', () => {
    expect(authorOf('Phòng Thông tin')).toEqual({ '@type': 'Organization', name: 'Phòng Thông tin' });
    expect(authorOf('Văn phòng Sở')['@type']).toBe('Organization');
    expect(authorOf('Sở Ngoại vụ')['@type']).toBe('Organization');
    expect(authorOf('Lò Văn Phóng (Phòng Lãnh sự)')['@type']).toBe('Person');
  });
});

describe('jsonLdText', () => {
  it('adds the context and escapes < so a title cannot end the script element', () => {
    expect(jsonLdText({ '@type': 'Thing', name: '</script><b>' })).toBe('{"@context":"https://schema.org","@type":"Thing","name":"\\u003c/script>\\u003cb>"}');
  });
});

describe('faqPage', () => {
  it('is a FAQPage whose question has the answer as its accepted answer', () => {
    const url = 'https://songoaivu.sonla.gov.vn/hoi-dap/the-apec/';
    expect(faqPage([{ question: 'Làm thẻ APEC ở đâu?', answer: 'Nộp hồ sơ trực tuyến.', url }])).toEqual({
      '@type': 'FAQPage',
      inLanguage: 'vi',
      mainEntity: [{ '@type': 'Question', name: 'Làm thẻ APEC ở đâu?', url, acceptedAnswer: { '@type': 'Answer', text: 'Nộp hồ sơ trực tuyến.' } }],
    });
  });
});

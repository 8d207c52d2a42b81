import { describe, expect, it } from 'vitest';
import { agencyIn } from './agency';
import type { SiteSettings } from './read';
import { normalizePhone } from '../phone/number';

const number = normalizePhone('0212 3850 384')!;
const site: SiteSettings = {
  name: 'Sở Ngoại vụ tỉnh Sơn La',
  parent: 'Ủy ban nhân dân tỉnh Sơn La',
  address: 'Tỉnh Sơn La',
  hotlines: [
    { label: 'Đường dây nóng', number },
    { label: 'Bảo hộ công dân', labelEn: 'Citizen protection', number },
  ],
  responsible: 'Giám đốc Sở',
  en: { name: 'Department of Foreign Affairs of Son La Province', parent: "Son La Provincial People's Committee", responsible: 'Director' },
};

describe('agencyIn', () => {
  it('gives the Vietnamese settings as written', () => {
    const agency = agencyIn(site, 'vi');
    expect(agency.name).toBe('Sở Ngoại vụ tỉnh Sơn La');
    expect(agency.hotlines.map((h) => h.label)).toEqual(['Đường dây nóng', 'Bảo hộ công dân']);
    expect(agency).not.toHaveProperty('en');
  });

  it('gives the English names, hotline labels (Hotline when none is set), and the Vietnamese address when no English one is set', () => {
    const agency = agencyIn(site, 'en');
    expect([agency.name, agency.parent, agency.responsible, agency.address]).toEqual([
      'Department of Foreign Affairs of Son La Province',
      "Son La Provincial People's Committee",
      'Director',
      'Tỉnh Sơn La',
    ]);
    expect(agency.hotlines.map((h) => [h.label, h.number.display])).toEqual([
      ['Hotline', '0212 3850 384'],
      ['Citizen protection', '0212 3850 384'],
    ]);
  });

  it('falls back to the Vietnamese names without an en: block', () => {
    const { en: _en, ...vietnameseOnly } = site;
    expect(agencyIn(vietnameseOnly, 'en').name).toBe('Sở Ngoại vụ tỉnh Sơn La');
  });
});

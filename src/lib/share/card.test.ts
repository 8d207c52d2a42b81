import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderShareCard } from './card';

describe('renderShareCard', () => {
  it('draws a 1200×630 PNG light enough for a link preview on a phone (a long title: under 35 KB)', async () => {
    const png = await renderShareCard({
      parent: 'Ủy ban nhân dân tỉnh Sơn La',
      agency: 'Sở Ngoại vụ tỉnh Sơn La',
      kind: 'Tin tức',
      title: 'Hội nghị vận động viện trợ phi chính phủ nước ngoài năm 2025: tăng cường hợp tác quốc tế, thu hút nguồn lực cho phát triển',
    });
    const { format, width, height } = await sharp(png).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });
    expect(png.length).toBeLessThan(35_000);
  });
});

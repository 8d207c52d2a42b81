import { describe, expect, it } from 'vitest';
import { mirrorUrl } from './read-mirror';

describe('mirrorUrl: the address a file of a saved folder came from', () => {
  it.each([
    ['songoaivu.sonla.gov.vn/tin-tuc/hop-bao-12.html', 'http://songoaivu.sonla.gov.vn/tin-tuc/hop-bao-12.html'],
    ['songoaivu.sonla.gov.vn/index.html', 'http://songoaivu.sonla.gov.vn/'],
    // wget --restrict-file-names=windows writes "?" as "@"; --adjust-extension adds ".html" after a query.
    ['songoaivu.sonla.gov.vn/index.php@option=com_content&id=5.html', 'http://songoaivu.sonla.gov.vn/index.php?option=com_content&id=5'],
    ['songoaivu.sonla.gov.vn/Default.aspx%3Ftabid=75', 'http://songoaivu.sonla.gov.vn/Default.aspx?tabid=75'],
    ['tin-tuc/Lễ hội.html', 'http://old.invalid/tin-tuc/L%E1%BB%85%20h%E1%BB%99i.html'],
  ])('%s → %s', (file, url) => {
    expect(mirrorUrl(file, '<html>', 'old.invalid')).toBe(url);
  });

  it('takes the address HTTrack wrote into the page', () => {
    expect(
      mirrorUrl(
        'songoaivu.sonla.gov.vn/index4b2c.html',
        '<!-- Mirrored from songoaivu.sonla.gov.vn/index.php?option=com_content&id=5 by HTTrack Website Copier/3.x -->',
        'x',
      ),
    ).toBe('http://songoaivu.sonla.gov.vn/index.php?option=com_content&id=5');
  });
});

import { describe, expect, it } from 'vitest';
import { featuredArticle } from './featured';

const article = (id: string, featured: boolean) => ({ id, data: { featured } });

describe('featuredArticle', () => {
  it('is the newest article marked featured', () => {
    expect(featuredArticle([article('a', false), article('b', true), article('c', true)])?.id).toBe('b');
  });
  it('is none when no article is marked', () => {
    expect(featuredArticle([article('a', false)])).toBeUndefined();
  });
});

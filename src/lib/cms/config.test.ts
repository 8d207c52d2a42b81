import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { LOCAL_ONLY_REPO, cmsConfig, cmsFields, type CmsField } from './config';
import { PHOTO_MAX_BYTES } from '../checks/media-check';
import { COLLECTIONS, type CollectionName } from '../content/collections';
import { unwrapSchema } from '../shared/schema-walk';
import { localFileName } from '../../schemas/fields';

/** Every field path of a schema, found by parsing nothing: walking the shapes zod exposes. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodArray) return schemaPaths(inner.element as z.ZodType, prefix);
  if (inner instanceof z.ZodUnion) return [...new Set((inner.options as z.ZodType[]).flatMap((o) => schemaPaths(o, prefix)))];
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...schemaPaths(field, path)];
  });
}

function configPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    return [path, ...configPaths((field.fields as CmsField[] | undefined) ?? [], path)];
  });
}

const context = { image: () => z.string(), file: localFileName } as never;

describe('the web editor configuration follows the schemas', () => {
  it.each(Object.keys(COLLECTIONS) as CollectionName[])('%s: every schema field, and nothing else, is in the editor', (name) => {
    const expected = schemaPaths(COLLECTIONS[name].schema(context)).sort();
    expect(configPaths(cmsFields(name)).sort()).toEqual(expected);
  });

  it('maps each kind of field to its widget, with the allowed values and whether it is required', () => {
    const news = Object.fromEntries(cmsFields('news').map((f) => [f.name, f]));
    expect(news.date).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: true });
    expect(news.category).toMatchObject({ widget: 'select', required: true });
    expect((news.category!.options as string[])[0]).toBe('Hoạt động đối ngoại');
    expect(news.cover).toMatchObject({ widget: 'image', required: false, label: 'Ảnh bìa' });
    const documents = Object.fromEntries(cmsFields('documents').map((f) => [f.name, f]));
    expect(documents.files).toMatchObject({ widget: 'list', required: false });
    expect((documents.files!.fields as CmsField[]).map((f) => [f.name, f.widget])).toEqual([
      ['file', 'file'],
      ['title', 'string'],
    ]);
    const videos = Object.fromEntries(cmsFields('videos').map((f) => [f.name, f]));
    expect((videos.source!.fields as CmsField[]).map((f) => [f.name, f.widget, f.required])).toEqual([
      ['file', 'file', false],
      ['youtube', 'string', false],
    ]);
  });

  it("edits a week of the schedule as a list of events, and a procedure's steps as a list", () => {
    const schedule = Object.fromEntries(cmsFields('schedule').map((f) => [f.name, f]));
    expect(schedule.week).toMatchObject({ widget: 'datetime', required: true, label: 'Thứ Hai đầu tuần' });
    expect((schedule.events!.fields as CmsField[]).map((f) => [f.name, f.required])).toEqual([
      ['date', true],
      ['start', false],
      ['end', false],
      ['title', true],
      ['place', true],
      ['chair', true],
      ['attendees', false],
    ]);
    const procedure = Object.fromEntries(cmsFields('procedures').map((f) => [f.name, f]));
    expect(procedure.steps).toMatchObject({ widget: 'list', required: true });
    expect(procedure.level).toMatchObject({ widget: 'select', options: ['Cấp tỉnh', 'Cấp xã', 'Cấp trung ương'] });
    expect(Object.fromEntries(cmsFields('questions').map((f) => [f.name, f.widget])).answer).toBe('text');
  });

  it('saves changes as pull requests, entries where the content check expects them', () => {
    const config = cmsConfig({ name: 'github', repo: 'so-ngoai-vu/website', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.collections.map((c) => ('folder' in c ? `${c.folder}/${c.path}` : c.name))).toEqual([
      'content/tin-tuc/{{slug}}',
      'content/van-ban/{{slug}}',
      'content/thu-tuc-hanh-chinh/{{slug}}',
      'content/hoi-dap/{{slug}}',
      'content/lich-cong-tac/{{slug}}',
      'content/album-anh/{{slug}}/index',
      'content/video/{{slug}}',
      'content/gioi-thieu/{{slug}}',
      'content/gioi-thieu/en/{{slug}}',
      'content/lanh-dao/{{slug}}',
      'content/lanh-dao/en/{{slug}}',
      'cai-dat',
    ]);
    const settings = config.collections.at(-1)!;
    expect('files' in settings && settings.files.map((f) => f.file)).toEqual([
      'content/cai-dat/site.yaml',
      'content/cai-dat/lien-ket.yaml',
      'content/cai-dat/thong-ke.yaml',
      'content/cai-dat/chuyen-huong.yaml',
    ]);
  });

  it('starts with no repository known (work on a local copy), and names the one the build gives', () => {
    expect(cmsConfig({ name: 'github', branch: 'main' }).backend).toEqual({ name: 'github', repo: LOCAL_ONLY_REPO, branch: 'main', auth_methods: ['token'] });
    expect(cmsConfig({ name: 'gitlab', repo: 'so-ngoai-vu/website', branch: 'main' }).backend.repo).toBe('so-ngoai-vu/website');
  });

  it('offers the one-button sign-in only once the administrator has set it up, else an access token', () => {
    const github = cmsConfig({ name: 'github', repo: 'so-ngoai-vu/website', branch: 'main', base_url: 'https://dang-nhap.example.workers.dev' });
    expect(github.backend).toEqual({ name: 'github', repo: 'so-ngoai-vu/website', branch: 'main', base_url: 'https://dang-nhap.example.workers.dev' });
    expect(cmsConfig({ name: 'gitlab', repo: 'a/b', branch: 'main', app_id: 'abc' }).backend).not.toHaveProperty('auth_methods');
    expect(cmsConfig({ name: 'gitlab', repo: 'a/b', branch: 'main' }).backend).toHaveProperty('auth_methods', ['token']);
  });

  it('resizes photos to WebP before they are committed, within the size the content check accepts; leaves empty optional fields out', () => {
    const config = cmsConfig({ name: 'github', repo: 'so-ngoai-vu/website', branch: 'main' });
    expect(config.media_libraries.default.config).toMatchObject({
      max_file_size: PHOTO_MAX_BYTES,
      slugify_filename: true,
      transformations: { raster_image: { format: 'webp', width: 2400, height: 2400 } },
    });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    const documents = Object.fromEntries(cmsFields('documents').map((f) => [f.name, f]));
    const attachment = (documents.files!.fields as CmsField[])[0]!;
    expect(attachment.media_libraries).toEqual({ default: { config: { max_file_size: 20 * 1024 * 1024, slugify_filename: true } } });
  });
});

import { z } from 'astro/zod';
import { CMS_LABELS } from '../../i18n/cms';
import type { SchemaContext } from '../../schemas/fields';
import { attachmentLibrary, photoLibrary } from './media-options';
import { COLLECTIONS, SETTINGS_FOLDER, type CollectionName, type CollectionSpec } from '../content/collections';
import { unwrapSchema } from '../shared/schema-walk';

/** How the editor shows a field: its widget and the widget's options. */
interface Widget {
  widget: string;
  [option: string]: unknown;
}

/** One field of the editor's configuration (Sveltia CMS, Decap-compatible). */
export type CmsField = Widget & { name: string; label: string; required?: boolean };

/** Image and file fields are marked so the walk below knows them (the check's context checks the disk instead). */
const MARKING_CONTEXT: SchemaContext = {
  image: (() => z.string().describe('cms:image')) as unknown as SchemaContext['image'],
  file: () => z.string().describe('cms:file'),
};

interface Walked {
  schema: z.ZodType;
  required: boolean;
}

/** Strips optional, default and pipes (transform, preprocess) to the schema that holds the shape, noting whether the field is required. */
function unwrap(schema: z.ZodType): Walked {
  return { schema: unwrapSchema(schema), required: !schema.safeParse(undefined).success };
}

/**
 * A union becomes its object form when it has one (`files: [a.pdf]` or
 * `[{file, title}]` → the object); a union of objects becomes one object with
 * every field optional (`source`: `file` or `youtube`); otherwise its first form.
 */
function pickUnionForm(options: readonly z.ZodType[]): z.ZodType {
  const objects = options.map((o) => unwrap(o).schema).filter((o): o is z.ZodObject => o instanceof z.ZodObject);
  if (objects.length > 1) {
    return z.object(Object.fromEntries(objects.flatMap((o) => Object.entries(o.shape)).map(([k, v]) => [k, (v as z.ZodType).optional()])));
  }
  return objects[0] ?? options[0]!;
}

function label(collection: CollectionName, path: string): string {
  const text = CMS_LABELS[collection].fields[path];
  if (!text) throw new Error(`src/i18n/cms.ts: thiếu nhãn cho trường "${path}" của mục ${collection}`);
  return text;
}

function fieldsOf(collection: CollectionName, object: z.ZodObject, prefix: string): CmsField[] {
  return Object.entries(object.shape as Record<string, z.ZodType>).map(([name, schema]) =>
    fieldOf(collection, name, schema, prefix ? `${prefix}.${name}` : name),
  );
}

function widgetOf(collection: CollectionName, schema: z.ZodType, path: string): Widget {
  if (schema.description === 'cms:image') return { widget: 'image' };
  if (schema.description === 'cms:file') return { widget: 'file', media_libraries: attachmentLibrary() };
  if (schema instanceof z.ZodUnion) return widgetOf(collection, unwrap(pickUnionForm(schema.options as z.ZodType[])).schema, path);
  if (schema instanceof z.ZodDate) return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false };
  if (schema instanceof z.ZodEnum) return { widget: 'select', options: [...(schema.options as string[])] };
  if (schema instanceof z.ZodNumber) return { widget: 'number', value_type: 'int' };
  if (schema instanceof z.ZodBoolean) return { widget: 'boolean' };
  if (schema instanceof z.ZodObject) return { widget: 'object', fields: fieldsOf(collection, schema, path) };
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element as z.ZodType).schema;
    const item = element instanceof z.ZodUnion ? unwrap(pickUnionForm(element.options as z.ZodType[])).schema : element;
    if (item instanceof z.ZodObject) return { widget: 'list', fields: fieldsOf(collection, item, path) };
    return { widget: 'list' };
  }
  // Zod 4's formats (`z.email()`) are strings of their own class.
  if (schema instanceof z.ZodString || schema instanceof z.ZodStringFormat) return { widget: /(summary|answer)$/.test(path) ? 'text' : 'string' };
  throw new Error(`src/lib/cms/config.ts: chưa biết hiển thị trường "${path}" (${schema.constructor.name}) trong trình soạn thảo`);
}

function fieldOf(collection: CollectionName, name: string, schema: z.ZodType, path: string): CmsField {
  const walked = unwrap(schema);
  return { name, label: label(collection, path), ...widgetOf(collection, walked.schema, path), required: walked.required };
}

/** The fields of a collection's schema, in the editor's terms. */
export function cmsFields(collection: CollectionName): CmsField[] {
  const spec: CollectionSpec = COLLECTIONS[collection];
  const object = unwrap(spec.schema(MARKING_CONTEXT)).schema;
  if (!(object instanceof z.ZodObject)) throw new Error(`src/lib/cms/config.ts: lược đồ ${collection} không phải một đối tượng`);
  return fieldsOf(collection, object, '');
}

const body = (): CmsField => ({ name: 'body', label: 'Nội dung', widget: 'markdown', required: false });

/** Where the editor saves entries: the folder, and for albums a folder with index.md; media beside each entry. */
function entryCollection(collection: CollectionName) {
  const spec = COLLECTIONS[collection];
  return {
    name: spec.folder.replace('/', '-'),
    label: CMS_LABELS[collection].label,
    folder: `content/${spec.folder}`,
    path: spec.folder === 'album-anh' ? '{{slug}}/index' : '{{slug}}',
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // Images and attachments sit beside the entry, as the content check expects.
    media_folder: '',
    public_folder: '',
    fields: [...cmsFields(collection), body()],
  };
}

const ENTRY_COLLECTIONS: CollectionName[] = [
  'news',
  'documents',
  'procedures',
  'questions',
  'schedule',
  'albums',
  'videos',
  'about',
  'aboutEn',
  'leaders',
  'leadersEn',
];
const SETTINGS: CollectionName[] = ['site', 'links', 'stats', 'redirects'];

/** Which repository the editor opens, set when the site is built (src/integrations/cms-admin.ts). */
export interface CmsBackend {
  name: 'github' | 'gitlab';
  /** `owner/name`; when unknown the editor works only on a copy on the computer (LOCAL_ONLY_REPO). */
  repo?: string;
  branch: string;
  /** GitHub: the sign-in service that trades GitHub's OAuth code for a token (Sveltia CMS's `base_url`). */
  base_url?: string;
  /** GitLab: the OAuth application's id, for sign-in without a service of our own (PKCE). */
  app_id?: string;
}

/**
 * The repository named when the build knows none (no CMS_REPO): Sveltia CMS
 * refuses to start without one, and shows its last part in "choose the root
 * folder of the repository …" when it works on a copy on the computer
 * (offered at http://localhost only: docs/huong-dan-bien-tap.md, Cách 1).
 * Signing in to GitHub with it finds no such repository.
 */
export const LOCAL_ONLY_REPO = 'chua-cau-hinh/songoaivu-sonla';

/**
 * The whole configuration of the web editor at /admin/ (written to
 * /admin/config.yml): every collection with the fields of its schema,
 * Vietnamese labels, and changes saved as pull requests (editorial workflow).
 */
export function cmsConfig(backend: CmsBackend) {
  return {
    backend: {
      ...backend,
      repo: backend.repo ?? LOCAL_ONLY_REPO,
      // Without the administrator's OAuth set-up the one-button sign-in cannot work: only a personal access token is offered.
      ...(backend.base_url || backend.app_id ? {} : { auth_methods: ['token'] }),
    },
    publish_mode: 'editorial_workflow',
    app_title: 'Biên tập — Sở Ngoại vụ tỉnh Sơn La',
    media_folder: 'content',
    // Image fields and pictures in an article's text; file fields have their own (widgetOf).
    media_libraries: photoLibrary(),
    // An optional field left empty is left out, not written `source: ''`, which the schema refuses.
    output: { omit_empty_optional_fields: true },
    // File names as the content check wants them: ASCII, lower case, no marks.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...ENTRY_COLLECTIONS.map(entryCollection),
      {
        name: SETTINGS_FOLDER,
        label: 'Cài đặt',
        files: SETTINGS.map((collection) => ({
          name: COLLECTIONS[collection].pattern.replace(/\.yaml$/, ''),
          label: CMS_LABELS[collection].label,
          file: `content/${SETTINGS_FOLDER}/${COLLECTIONS[collection].pattern}`,
          format: 'yaml',
          fields: cmsFields(collection),
        })),
      },
    ],
  };
}

/**
 * MDX as staff may write it: Markdown, the HTML of html-allowlist.ts, and the
 * site's own components (CONTENT_COMPONENTS) with literal attribute values.
 * No `import`/`export`, no `{expression}`, no `{...spread}`, no `set:html`:
 * each of those runs code when Astro builds the page. The components are
 * handed to every body by the site (src/components/content/), never imported
 * by the content.
 */
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { tagFindings, type BodyFinding, type Tag } from './html-allowlist';

/** A component's attribute: the values it takes (a pattern), whether it must be there, and how it is explained. */
interface ComponentProp {
  pattern: RegExp;
  required: boolean;
  expected: string;
}

/**
 * The components a body may use, with their attributes. Each is rendered by
 * src/components/content/<Name>.astro; the staff guide (docs/huong-dan-bien-tap.md) shows them.
 */
export const CONTENT_COMPONENTS: Readonly<Record<string, Readonly<Record<string, ComponentProp>>>> = {
  /** A picture (the Markdown image inside it) with its caption. */
  Figure: { caption: { pattern: /\S/, required: true, expected: 'chú thích ảnh, không để trống' } },
  /** A boxed note: `kind` ghi-chu (note) or luu-y (warning). */
  Callout: {
    kind: { pattern: /^(ghi-chu|luu-y)$/, required: false, expected: '"ghi-chu" hoặc "luu-y"' },
    title: { pattern: /\S/, required: false, expected: 'một tiêu đề ngắn' },
  },
  /** A YouTube clip in the privacy-enhanced player. */
  YouTube: {
    id: { pattern: /^[A-Za-z0-9_-]{11}$/, required: true, expected: 'mã video YouTube gồm 11 ký tự (phần sau "v=" trong địa chỉ)' },
    title: { pattern: /\S/, required: true, expected: 'tên của clip, để người dùng trình đọc màn hình biết khung chứa gì' },
  },
};

const EXPECTED_NO_CODE =
  'MDX trong bài chỉ dùng chữ, HTML được phép và các thành phần của trang (Figure, Callout, YouTube) với giá trị viết sẵn trong ngoặc kép';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const lineOfNode = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

/** A JSX element as a tag, for the HTML allowlist; an attribute's `{expression}` counts as its value, braces included. */
function jsxTag(node: JsxElement): Tag {
  const attributes = node.attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute'
      ? [
          {
            name: attribute.name,
            value: typeof attribute.value === 'string' ? attribute.value : attribute.value ? `{${attribute.value.value}}` : '',
            line: attribute.position?.start.line,
          },
        ]
      : [],
  );
  return { name: node.name ?? '', attributes, lineOf: (name) => attributes.find((attribute) => attribute.name === name)?.line ?? lineOfNode(node) };
}

/** What is wrong with one JSX element: code in its attributes, a component or attribute not on the lists. */
function elementFindings(node: JsxElement): BodyFinding[] {
  const line = lineOfNode(node);
  const name = node.name ?? '';
  const findings: BodyFinding[] = [];
  for (const attribute of node.attributes) {
    const at = attribute.position?.start.line ?? line;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push({ line: at, found: `{${attribute.value}} trên thẻ <${name}>`, expected: `bỏ phần trong ngoặc nhọn: ${EXPECTED_NO_CODE}` });
    } else if (/^set:/i.test(attribute.name)) {
      findings.push({
        line: at,
        found: `thuộc tính ${attribute.name} trên thẻ <${name}>`,
        expected: 'bỏ thuộc tính này: nó chèn HTML hoặc chữ không qua kiểm tra',
      });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      findings.push({
        line: at,
        found: `${attribute.name}={${attribute.value.value}} trên thẻ <${name}>`,
        expected: `viết giá trị trong ngoặc kép (${attribute.name}="…"): ${EXPECTED_NO_CODE}`,
      });
    }
  }
  if (findings.length > 0) return findings;
  if (/^[a-z]/.test(name)) return tagFindings(jsxTag(node));
  const props = CONTENT_COMPONENTS[name];
  if (!props) {
    return [
      {
        line,
        found: `thành phần <${name || '>'}>`,
        expected: `chỉ dùng các thành phần của trang: ${Object.keys(CONTENT_COMPONENTS)
          .map((n) => `<${n}>`)
          .join(', ')} (xem hướng dẫn biên tập)`,
      },
    ];
  }
  const given = new Map(node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [[attribute.name, attribute] as const] : [])));
  for (const [attributeName, attribute] of given) {
    const prop = props[attributeName];
    const at = attribute.position?.start.line ?? line;
    if (!prop) {
      findings.push({
        line: at,
        found: `thuộc tính ${attributeName} trên <${name}>`,
        expected: `bỏ thuộc tính này; <${name}> chỉ nhận: ${Object.keys(props).join(', ')}`,
      });
    } else if (typeof attribute.value !== 'string' || !prop.pattern.test(attribute.value)) {
      findings.push({ line: at, found: `${attributeName}="${attribute.value ?? ''}" trên <${name}>`, expected: prop.expected });
    }
  }
  for (const [attributeName, prop] of Object.entries(props)) {
    if (prop.required && !given.has(attributeName))
      findings.push({ line, found: `<${name}> thiếu ${attributeName}`, expected: `${attributeName}="…": ${prop.expected}` });
  }
  return findings;
}

/** Everything in an MDX body (parsed with the MDX extensions) outside the safe subset. */
export function mdxFindings(tree: Nodes): BodyFinding[] {
  const findings: BodyFinding[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxjsEsm') {
      findings.push({
        line: lineOfNode(node),
        found: `"${node.value.split('\n')[0]}"`,
        expected: 'bỏ dòng import/export: bài viết không được nạp mã hay tệp; các thành phần Figure, Callout, YouTube có sẵn mà không cần import',
      });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const shown = node.value.length > 40 ? `${node.value.slice(0, 37)}…` : node.value;
      findings.push({
        line: lineOfNode(node),
        found: `{${shown}}`,
        expected: `bỏ phần trong ngoặc nhọn { }, hoặc viết \\{ nếu cần chính dấu ngoặc: ${EXPECTED_NO_CODE}`,
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      findings.push(...elementFindings(node));
    }
  });
  return findings;
}

/** The YouTube clips an MDX body places with <YouTube>, for its page's frame-src. */
export function usesYouTubeComponent(tree: Nodes): boolean {
  let found = false;
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'YouTube') found = true;
  });
  return found;
}

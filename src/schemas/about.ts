import { z } from 'astro/zod';
import { dateField, text } from './fields';

/** One event of the organisation's history, shown as a timeline. */
const timelineEvent = z
  .object({
    /** The year or period, as written: `1967`, `1991–2000`. */
    period: text(),
    /** What happened then. */
    event: text(),
  })
  .strict();

/** An introduction page: `content/gioi-thieu/<slug>.md`. */
export const aboutSchema = () =>
  z
    .object({
      /** Page title. */
      title: text(),
      /** One or two sentences shown in lists and search results. */
      summary: text(),
      /** Position in the Giới thiệu menu: 1 comes first. */
      order: z.number().int().min(1),
      /** Who wrote the text (name and position), when it is signed. */
      author: text().optional(),
      /** The day the text was last checked or changed. */
      updated: dateField().optional(),
      /** Dated milestones rendered as a timeline beside the text. */
      timeline: z.array(timelineEvent).optional(),
    })
    .strict();

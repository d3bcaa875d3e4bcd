// The files `npm run pay:import` writes into content/pay/, as the loader checks them. One
// file per import (a «Работа России» run, a Rosstat bulletin); figures per role and region.
import { z } from 'zod';
import { PAY_MEASURES, PAY_PERIOD, PAY_STATISTICS } from './schema';

/** Where imported pay lives inside content/. */
export const IMPORTED_PAY_DIR = 'pay';
/** A figure is published only when it rests on at least this many vacancies. */
export const MIN_VACANCIES = 10;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const roubles = z.number().int().positive();

export const importedPayFileSchema = z.strictObject({
  /** The file's own name without .json; set by the importer, checked by the loader. */
  name: z.string().regex(/^[a-z0-9-]+\.json$/),
  /** Registry id of the data set (content/sources.yaml). */
  source: slug,
  measure: z.enum(PAY_MEASURES),
  gross: z.boolean().optional(),
  generated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  figures: z.array(
    z.strictObject({
      role: slug,
      region: slug,
      statistic: z.enum(PAY_STATISTICS),
      amount: roubles,
      q1: roubles.optional(),
      q3: roubles.optional(),
      /** Vacancies (or, for Rosstat, not given) the figure rests on. */
      count: z.number().int().nonnegative(),
      period: z.string().regex(PAY_PERIOD),
      /** For group figures: the ОКЗ group the figure is for. */
      group: z.string().regex(/^\d{1,4}$/).optional(),
    }),
  ),
  /** What the import could not use, for the editor reading the file. */
  skipped: z.record(z.string(), z.number().int().nonnegative()).default({}),
});
export type ImportedPayFile = z.infer<typeof importedPayFileSchema>;

// Which component renders the data part of each role-page section. Sections without an
// entry (overview, conditions, first-job) are prose only. The order and ids come from
// lib/content/sections.ts; adding a section means a row there, a component here.
import type { ComponentType } from 'react';
import type { SectionId } from '@/lib/content/sections';
import { Career } from './Career';
import { Codes } from './Codes';
import { Duties } from './Duties';
import { Education } from './Education';
import { Faq } from './Faq';
import { Kpis } from './Kpis';
import { Laws } from './Laws';
import { ProsCons } from './ProsCons';
import { Related } from './Related';
import { Salary } from './Salary';
import { Skills } from './Skills';
import { Sources } from './Sources';
import { Tools } from './Tools';
import type { SectionProps } from './types';

export const SECTION_DATA: Partial<Record<SectionId, ComponentType<SectionProps>>> = {
  duties: Duties,
  skills: Skills,
  tools: Tools,
  kpi: Kpis,
  education: Education,
  career: Career,
  salary: Salary,
  laws: Laws,
  'pros-cons': ProsCons,
  faq: Faq,
  related: Related,
  codes: Codes,
  sources: Sources,
};

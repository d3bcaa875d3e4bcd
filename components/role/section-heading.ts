import type { Role } from '@/lib/content/types';
import { defaultHeading, type SectionId } from '@/lib/content/sections';

/** The heading the author wrote for a section, or the table's default. */
export function sectionHeading(role: Role, id: SectionId): string {
  return role.sections.find((s) => s.id === id)?.heading ?? defaultHeading(id, role.locale);
}

import type { Role } from '@/lib/content/types';

/** What every section's data component receives: the whole role, already resolved. */
export interface SectionProps {
  role: Role;
}

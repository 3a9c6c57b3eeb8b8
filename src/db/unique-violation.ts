/** Prisma's error for an insert or update that broke a unique constraint (another writer got there first). */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === 'P2002';

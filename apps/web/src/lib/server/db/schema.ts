// Every module's tables, in one place for Drizzle and drizzle-kit.
export * from '../organisations/schema.ts';
export * from '../accounts/schema.ts';
export * from '../audit/schema.ts';
export * from '../mail/schema.ts';
export * from '../calls/schema.ts';
export * from '../proposals/schema.ts';
export * from '../feedback/schema.ts';

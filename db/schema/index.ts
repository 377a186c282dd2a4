export * from './enums';
export * from './users';
export * from './patients';
export * from './diary';
export * from './flags';
export * from './audit';
export * from './notifications';
export * from './summaries';

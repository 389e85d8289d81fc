export * from './record.ts';
export * from './reconciled.ts';
export * from './manifest.ts';

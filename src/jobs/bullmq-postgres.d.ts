// bullmq ships the PostgreSQL backend's declarations with its ES module build only; the CommonJS build Mosty loads has the same API.
declare module 'bullmq/dist/cjs/postgres' {
  export * from 'bullmq/dist/esm/postgres';
}

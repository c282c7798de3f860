import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** Used by the TypeORM CLI: `npm run migration:run` applies migrations/ to DATABASE_URL. */
export default new DataSource(dataSourceOptions(loadConfig().databaseUrl, 2));

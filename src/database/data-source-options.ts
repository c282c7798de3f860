import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { PooledClient } from './pooled-client';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { ENTITIES } from './entities';

/**
 * One definition of the connection for the app, the worker, the CLI and the tests.
 * The schema is owned by migrations/ — never synchronize.
 */
export function dataSourceOptions(databaseUrl: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: [join(__dirname, '..', '..', 'migrations', '*.js')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Client: pg-pool's option for the class of the clients it creates.
    extra: { max: poolSize, application_name: 'mosty', Client: PooledClient },
  };
}

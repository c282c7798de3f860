import 'reflect-metadata';
import { setPriority } from 'node:os';
import { createWorkerApp } from './app.factory';
import { loadConfigOrExit } from './config/load-or-exit';

const config = loadConfigOrExit();
// Lowering one's own priority needs no privilege; the render threads inherit it.
setPriority(config.workerNice);
void createWorkerApp(config);

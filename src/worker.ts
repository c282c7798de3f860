import 'reflect-metadata';
import { createWorkerApp } from './app.factory';
import { loadConfigOrExit } from './config/load-or-exit';

void createWorkerApp(loadConfigOrExit());

import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CertificatePdfData, renderCertificatePdf } from './certificate-pdf';

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Renders certificate PDFs on worker threads, one per core: pdfkit is synchronous
 * CPU work (about 4 ms a page) that would otherwise hold the worker process's
 * event loop and leave the second core idle. The threads start with the first
 * page, so a process that never renders (the API) does not carry them (about
 * 20 MiB each). Where the compiled thread script is not present (the TypeScript
 * sources under jest), it renders in-process.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(PdfRenderer.name);
  private readonly threads: { worker: Worker; pending: Map<number, Pending>; drained: (() => void)[] }[] = [];
  private started = false;
  private nextId = 0;

  private start(): void {
    this.started = true;
    const script = join(__dirname, 'render-thread.js');
    if (!existsSync(script)) return;
    for (let i = 0; i < availableParallelism(); i++) {
      const pending = new Map<number, Pending>();
      const worker = new Worker(script);
      const thread = { worker, pending, drained: [] as (() => void)[] };
      worker.on('message', ({ id, pdf, error }: { id: number; pdf?: Uint8Array; error?: string }) => {
        const task = pending.get(id);
        pending.delete(id);
        if (pending.size === 0) {
          worker.unref();
          thread.drained.splice(0).forEach((done) => done());
        }
        if (error || !pdf) task?.reject(new Error(error ?? 'The rendering thread sent no PDF'));
        else task?.resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
      });
      // A thread that dies fails its pages (their jobs are retried) and leaves the pool; the rest carry on.
      const retire = (error: Error) => {
        if (pending.size > 0 || this.threads.includes(thread)) this.logger.warn(`A PDF rendering thread stopped: ${error.message}`);
        for (const task of pending.values()) task.reject(error);
        pending.clear();
        thread.drained.splice(0).forEach((done) => done());
        if (this.threads.includes(thread)) this.threads.splice(this.threads.indexOf(thread), 1);
      };
      worker.on('error', retire);
      worker.on('exit', (code) => retire(new Error(`exit code ${code}`)));
      // An idle thread does not keep the process alive; one with pages to render does.
      worker.unref();
      this.threads.push(thread);
    }
  }

  /** How many rendering threads run (0: rendering in-process, or nothing rendered yet). */
  get threadCount(): number {
    return this.threads.length;
  }

  render(data: CertificatePdfData): Promise<Buffer> {
    if (!this.started) this.start();
    if (this.threads.length === 0) return renderCertificatePdf(data);
    // The thread with the fewest pages waiting.
    const thread = this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.ref();
      thread.worker.postMessage({ id, data });
    });
  }

  /**
   * Pages already sent to a thread are finished first: the queue's workers close after
   * this (their jobs wait for these pages), and a page cut off would leave its job
   * waiting for ever and the process unable to exit. Pages asked for from now on render
   * in-process.
   */
  async onModuleDestroy(): Promise<void> {
    const threads = this.threads.splice(0);
    await Promise.all(
      threads.map(async (thread) => {
        if (thread.pending.size > 0) await new Promise<void>((done) => thread.drained.push(done));
        await thread.worker.terminate();
      }),
    );
  }
}

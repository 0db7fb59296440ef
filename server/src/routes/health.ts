import type { FastifyInstance } from 'fastify';

/** The client's online probe: answers without touching storage, so it stays cheap under load. */
export function healthRoutes(app: FastifyInstance): void {
  app.get('/api/health', () => ({ status: 'ok' }));
}

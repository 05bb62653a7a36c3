/**
 * The real-time benchmark's floor (a child process of realtime.bench.ts): a bare socket.io server,
 * websocket only, one namespace whose every socket joins one room, nothing else. On `emit` from
 * the parent it broadcasts the given event to the room and answers when (in high-resolution epoch
 * milliseconds) the broadcast began and how long the synchronous part took.
 */
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';

import { Server } from 'socket.io';

type Message = { type: 'emit'; event: unknown } | { type: 'exit' };

const http = createServer();
const io = new Server(http, { transports: ['websocket'] });
const namespace = io.of('/realtime');
namespace.on('connection', (socket) => {
  socket.on('design:join', (_payload: unknown, ack?: (answer: unknown) => void) => {
    void socket.join('room');
    ack?.({ ok: true, seq: 0 });
  });
});

http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});

process.on('message', (message: Message) => {
  if (message.type === 'exit') process.exit(0);
  const startedAt = performance.timeOrigin + performance.now();
  namespace.local.to('room').emit('design:event', message.event);
  const syncMs = performance.timeOrigin + performance.now() - startedAt;
  process.send?.({ type: 'emitted', startedAt, syncMs });
});

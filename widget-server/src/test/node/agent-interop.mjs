// The agent side of AgentInteropTest, written with @stomp/stompjs (an implementation nobody in
// this project wrote) over the `ws` package: sign in over HTTP, CONNECT with the token, take
// the first visitor message from the organisation inbox, reply on its thread, wait for the
// echo. Reports progress as lines on stdout (READY, GOT <uid> <topic>, LISTED, ECHO <uid>, DONE)
// for the JVM test to follow; exits 1 with the reason on stderr if anything goes wrong.
// usage: node agent-interop.mjs <server origin, e.g. http://127.0.0.1:9003>
import { randomBytes } from 'node:crypto';
import { Client } from '@stomp/stompjs';
import WebSocket from 'ws';

const origin = process.argv[2];
if (!origin) {
  console.error('usage: node agent-interop.mjs <origin>');
  process.exit(2);
}
const fail = (why) => {
  console.error('agent-interop: ' + why);
  process.exit(1);
};
setTimeout(() => fail('timed out after 30 s'), 30000).unref();

async function api(method, path, token, body) {
  const response = await fetch(origin + '/agent/api' + path, {
    method,
    headers: { ...(token ? { authorization: 'Bearer ' + token } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = await response.json();
  if (answer.code !== 200) fail(`${method} ${path}: ${response.status} ${answer.message}`);
  return answer.data;
}

const { token, agent } = await api('POST', '/login', null, { uid: 'agent_lin', password: 'demo-agent-pass' });

const client = new Client({
  webSocketFactory: () => new WebSocket(origin.replace(/^http/, 'ws') + '/stomp', ['v12.stomp', 'v11.stomp', 'v10.stomp']),
  connectHeaders: { login: agent.uid, passcode: token },
  heartbeatIncoming: 10000,
  heartbeatOutgoing: 10000,
  reconnectDelay: 0, // a test: one connection, no retries
});
client.onStompError = (frame) => fail('STOMP ERROR: ' + (frame.headers.message || frame.body));
client.onWebSocketError = () => fail('WebSocket error');

let replyUid = null;

client.onConnect = () => {
  client.subscribe('/topic/org.inbox.' + agent.org, async (frame) => {
    frame.ack();
    const message = JSON.parse(frame.body);
    if (message.user.type === 'VISITOR' && message.type === 'TEXT' && replyUid === null) {
      replyUid = randomBytes(16).toString('hex');
      console.log(`GOT ${message.uid} ${message.thread.topic}`);
      const threads = await api('GET', '/threads', token);
      if (!threads.some((t) => t.topic === message.thread.topic)) fail('the thread is not in GET /agent/api/threads');
      console.log('LISTED');
      const thread = threads.find((t) => t.topic === message.thread.topic);
      const reply = {
        uid: replyUid, type: 'TEXT', content: 'stompjs agent got: ' + message.content, status: 'SENDING',
        createdAt: new Date().toISOString(), channel: 'WEB', extra: JSON.stringify({ orgUid: agent.org }),
        thread: { uid: thread.uid, topic: thread.topic, type: thread.type, status: 'CHATTING' },
        user: { uid: agent.uid, nickname: agent.nickname, avatar: '', type: 'AGENT' },
      };
      // No content-type header: bytedesk-family servers take the body as text.
      client.publish({ destination: '/app/' + thread.topic.replaceAll('/', '.'), body: JSON.stringify(reply) });
    } else if (message.uid === replyUid) {
      if (message.status !== 'SUCCESS') fail('the echo of the reply has status ' + message.status);
      console.log(`ECHO ${message.uid}`);
      await client.deactivate();
      console.log('DONE');
      process.exit(0);
    }
  }, { ack: 'client' });
  console.log('READY');
};

client.activate();

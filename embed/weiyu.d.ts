// Type declarations for the Weiyu chat widget's page API (embed/README.md).
// Copy this file into your project (e.g. src/types/weiyu.d.ts); it declares globals only.

/** Settings, set before the tag as `window.weiyuSettings`. Same names as the tag's `data-*` attributes
 *  in camelCase; an attribute on the tag wins over the same setting here, which wins over the site config. */
interface WeiyuSettings {
  /** Organisation uid (`orgUid`). Required, here, on the tag or in the site config. */
  org?: string;
  /** Workgroup, agent or robot uid visitors are routed to. Required like `org`. */
  sid?: string;
  /** Thread type: "0" agent, "1" workgroup (default), "2" robot. */
  type?: '0' | '1' | '2' | 0 | 1 | 2;
  /** Base URL of the visitor HTTP API; default: the origin widget.js was loaded from. */
  api?: string;
  /** STOMP WebSocket URL; default: ws(s):// + host of `api` + /stomp. */
  broker?: string;
  /** "zh-CN" or "en" (any zh* is Chinese, anything else English); default: the browser's language. */
  locale?: string;
  /** Side of the page; default "right". */
  position?: 'right' | 'left';
  /** Accent colour, #rgb or #rrggbb; default: the site config's, else #1677ff. */
  color?: string;
  /** Id of a per-site config on widget-server (GET <api>/config/<site>.json). */
  site?: string;
  /** Forces a theme; default: the visitor's system setting. */
  theme?: 'dark' | 'light';
  /** Stacking level of launcher and panel, 0-2147483647; default 2147483000. */
  zIndex?: number | string;
  /** Your CSP nonce, for browsers without constructable stylesheets in shadow DOM. */
  nonce?: string;
  /** "required": no storage and no connection until the visitor opens the chat or you call weiyu('consent'). */
  consent?: 'required';
  /** true: only the launcher at load; the chat connects on first open or when the page is idle. */
  lazy?: boolean;
}

/** A message of the conversation, as `weiyu('on', 'message', fn)` receives it. */
interface WeiyuMessage {
  uid: string;
  /** TEXT, IMAGE, FILE, WELCOME, SYSTEM, ... (the protocol's message types). */
  type: string;
  /** Text for TEXT; a URL or a JSON string {url,label,mimeType,size,filename} for IMAGE and FILE. */
  content: string;
  /** SENDING, SUCCESS, DELIVERED, READ, RECALL, ERROR, ... */
  status: string;
  /** Server time "yyyy-MM-dd HH:mm:ss", or ISO-8601 for the visitor's own messages not yet echoed. */
  createdAt: string;
  /** Who wrote it: the visitor ("self"), an agent or robot ("agent"), or the system. */
  from: 'self' | 'agent' | 'system';
  /** The sender's display name, when known. */
  nickname: string | null;
}

/** What `weiyu('setUser', user)` takes; every field is optional, only strings are used. */
interface WeiyuUser {
  nickname?: string;
  email?: string;
  avatar?: string;
  mobile?: string;
  note?: string;
}

interface WeiyuFunction {
  /** Opens the chat panel (and starts the chat; counts as consent). */
  (command: 'open'): void;
  /** Closes the panel; the conversation stays connected. */
  (command: 'close'): void;
  /** Opens the panel when closed, closes it when open. */
  (command: 'toggle'): void;
  /** Tells who the visitor is; goes with the visitor's registration, or updates it if it exists. */
  (command: 'setUser', user: WeiyuUser): void;
  /** Sends a text as the visitor (1 to 10000 characters), without opening the panel. Dropped before consent. */
  (command: 'send', text: string): void;
  /** The widget is mounted and its queue has run. A listener added later is called at once. */
  (command: 'on', event: 'ready', listener: () => void): void;
  /** The panel opened or closed, by the visitor or by the page. */
  (command: 'on', event: 'open' | 'close', listener: () => void): void;
  /** A message was added to the conversation (history, agent, visitor, system). */
  (command: 'on', event: 'message', listener: (message: WeiyuMessage) => void): void;
  /** The number of unread agent messages changed. */
  (command: 'on', event: 'unread', listener: (count: number) => void): void;
  /** Consent mode: the visitor agreed; the widget may now store its keys and connect. */
  (command: 'consent'): void;
  /** Removes the widget: DOM, timers, sockets and every localStorage key starting with "weiyu.". */
  (command: 'shutdown'): void;
  /** Calls made before widget.js loaded, kept by the snippet's stub. */
  q?: IArguments[];
}

interface Window {
  weiyu: WeiyuFunction;
  weiyuSettings?: WeiyuSettings;
}

declare var weiyu: WeiyuFunction;
declare var weiyuSettings: WeiyuSettings | undefined;

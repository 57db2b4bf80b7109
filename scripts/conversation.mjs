// A plausible conversation for screenshots, played into the widget through its UI probe
// (the page's tag gets data-ui-probe). Times are relative to the browser's clock so the
// day separators read 昨天 / 今天.
export const IMAGE_HOST = 'https://img.shanlan.example';

export function fakeImage(url) {
  if (url.includes('avatar')) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">
      <rect width="96" height="96" fill="#f3d9c6"/><circle cx="48" cy="40" r="18" fill="#7a4b34"/>
      <circle cx="48" cy="44" r="15" fill="#f6e2d3"/><path d="M33 38c2-12 28-14 30 0-6-5-22-6-30 0z" fill="#3b2418"/>
      <path d="M16 96c4-22 60-22 64 0z" fill="#2f6b4f"/></svg>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e9dcc3"/>
    <stop offset="1" stop-color="#c9b48f"/></linearGradient></defs><rect width="400" height="300" fill="url(#g)"/>
    <rect x="90" y="70" width="220" height="170" rx="10" fill="#8c2f23"/><rect x="90" y="70" width="220" height="40" rx="10" fill="#6d231a"/>
    <path d="M250 70l60 60v-50z" fill="#c9b48f" opacity=".9"/><path d="M250 70l20 60 40 0" stroke="#4a150f" stroke-width="3" fill="none"/>
    <text x="200" y="185" font-family="serif" font-size="34" fill="#f2d58a" text-anchor="middle">大红袍</text></svg>`;
}

export async function playConversation(page) {
  await page.evaluate((host) => {
    const p = window.weiyuUiProbe;
    const pad = (n) => String(n).padStart(2, '0');
    const at = (daysAgo, h, m) => {
      const d = new Date(); d.setDate(d.getDate() - daysAgo); d.setHours(h, m, 0, 0);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(h)}:${pad(m)}:00`;
    };
    const now = new Date();
    const h = now.getHours() < 1 ? 1 : now.getHours();
    const agent = { from: 'agent', nickname: '小林', avatar: `${host}/avatar-lin.svg` };
    const add = (m) => p('add', JSON.stringify(m), '-1');
    p('header', '小林 · 山岚茶舍客服', `${host}/avatar-lin.svg`, 'true');
    add({ uid: 'w1', type: 'WELCOME', status: 'SUCCESS', createdAt: at(1, 20, 12),
      content: '您好，欢迎光临山岚茶舍！请问有什么可以帮您？', ...agent });
    add({ uid: 'v1', type: 'TEXT', from: 'self', status: 'READ', createdAt: at(1, 20, 13),
      content: '想问下明前龙井现在还有货吗？' });
    add({ uid: 'a1', type: 'TEXT', status: 'SUCCESS', createdAt: at(1, 20, 14),
      content: '有的，新茶刚到 🍵 详情见 https://shanlan.example/longjing', ...agent });
    add({ uid: 'v2', type: 'TEXT', from: 'self', status: 'READ', createdAt: at(0, h - 1, 2),
      content: '大红袍收到了，但盒子压坏了 😢' });
    add({ uid: 'v3', type: 'IMAGE', from: 'self', status: 'READ', createdAt: at(0, h - 1, 3),
      content: JSON.stringify({ url: `${host}/box.svg`, filename: '包装.jpg', size: 184320 }) });
    add({ uid: 'a2', type: 'TEXT', status: 'SUCCESS', createdAt: at(0, h - 1, 5),
      content: '抱歉！马上为您补发，请填下登记表：', ...agent });
    add({ uid: 'a3', type: 'FILE', status: 'SUCCESS', createdAt: at(0, h - 1, 5),
      content: JSON.stringify({ url: 'https://shanlan.example/files/after-sales.pdf', filename: '售后登记表.pdf', size: 223744 }), ...agent });
    add({ uid: 'v4', type: 'TEXT', from: 'self', status: 'DELIVERED', createdAt: at(0, h - 1, 8),
      content: '填好了，谢谢小林！' });
    p('typing', 'true');
  }, IMAGE_HOST);
}

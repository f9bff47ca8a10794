/**
 * Web-page debris in scraped plain text: breadcrumbs, login boxes, navigation menus, licence
 * and copyright footers, comment forms. Such lines are never titles, headings or passages.
 */

const LINE_PATTERNS: readonly RegExp[] = [
  /^(?:当前位置|您的位置|你的位置|所在位置)\s*[:：]/,
  /^首页\s*[>»›]/,
  /(?:用户名|密\s*码|验证码)\s*[:：]/,
  /^(?:登\s*录|注\s*册|忘记密码|退出登录)(?:\s|$|\|)/,
  /ICP\s*(?:备|证|Business License)|公网安备|[京沪粤浙苏鄂]ICP/i,
  /版权所有|Copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}|All Rights Reserved/i,
  /^(?:您的名字|你的名字|姓名|电子邮件|留言内容|发表评论|评论内容)\s*[:：]/,
  /^注意\s*[:：].*(?:留言|评论)/,
  /^未\s*审\s*核/,
  /^(?:栏目导航|相关栏目|更多最新|更多《|更多相关|打印本文章|关闭窗口|返回顶部|分享到|关键字\s)/,
  /^(?:上一条|下一条|上一篇|下一篇)\s*[:：]/,
  /^(?:来源|发布时间|发布日期|浏览次数|点击数|责任编辑)\s*[:：]/,
  /^作者\s*[:：][^。]*\|/,
  /^[-=_*·\s]{3,}$/,
  /^\S[^\n]{0,120}\.(?:png|jpe?g|gif|svg|webp|bmp)$/i,
  /^(?:Tel|Email|E-mail|Fax|Add|Address)\s*:/i,
  /^(?:Most Viewed|Share (?:this|on)|Follow us|Sign in|Log in|Subscribe to)/i,
];

const NAV_WORDS = /网站首页|首页|关于我们|联系我们|设为主页|设为首页|加入收藏|后台管理|申请加入|网站地图|友情链接|即时通讯|English/g;

/** Whether one (trimmed) line is page chrome rather than document text. */
export function isDebrisLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (LINE_PATTERNS.some((re) => re.test(t))) return true;
  if ((t.match(/\s>\s/g) ?? []).length >= 2 && t.length < 120) return true; // breadcrumb trail
  const nav = t.match(NAV_WORDS);
  return nav !== null && nav.length >= 3 && !/[。！？.!?]$/.test(t);
}

const FOOTER_START = /^(?:上一条|下一条|上一篇|下一篇|相关栏目|相关文章|相关新闻|相关阅读|热门文章|推荐阅读|Most Viewed|Related (?:Articles|News|Stories|Posts)|Popular (?:Posts|Stories))/i;

/**
 * Index of the line where the page footer starts (related links, previous/next article),
 * searched only in the second half of the text; everything from there on is debris.
 */
export function footerStart(lines: readonly string[], starts: readonly number[], textLength: number): number {
  for (let i = 0; i < lines.length; i++) {
    if (starts[i] < textLength / 2) continue;
    if (FOOTER_START.test(lines[i].trim())) return i;
  }
  return lines.length;
}

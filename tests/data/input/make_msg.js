// Writes the Outlook .msg fixtures of tests/input (Compound File Binary, MS-OXMSG property
// streams) with the "cfb" npm package:  npm install cfb@1.2.2 && node make_msg.js
// The .msg files are committed; this script only documents how they were made.
const CFB = require('cfb');
const fs = require('fs');

function utf16(s) { return Buffer.from(s, 'utf16le'); }

function msg(file, headers, subject, body) {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/__properties_version1.0', Buffer.alloc(32));
  CFB.utils.cfb_add(cfb, '/__substg1.0_007D001F', utf16(headers));   // PR_TRANSPORT_MESSAGE_HEADERS
  CFB.utils.cfb_add(cfb, '/__substg1.0_0037001F', utf16(subject));   // PR_SUBJECT
  CFB.utils.cfb_add(cfb, '/__substg1.0_1000001F', utf16(body));      // PR_BODY
  fs.writeFileSync(file, CFB.write(cfb, { type: 'buffer' }));
}

const headers = [
  'Received: from mail.example.co.jp by TY2PR01MB0000.jpnprd01.prod.outlook.com',
  'From: Microsoft Outlook <postmaster@example.co.jp>',
  'To: <sato@example.co.jp>',
  'Subject: Undeliverable: Quote',
  'Date: Mon, 9 Nov 2026 13:05:21 +0900',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="gone"',
  '', ''].join('\r\n');
msg('ndr-m365-banned-ip.msg', headers, 'Undeliverable: Quote',
    'Your message to ceo@example.com couldn\'t be delivered.\r\n\r\n' +
    'Delivery has failed to these recipients or groups:\r\n\r\nceo@example.com\r\n' +
    'The recipient\'s mail server rejected your message.\r\n\r\n' +
    'Diagnostic information for administrators:\r\n\r\nGenerating server: TY2PR01MB0000.jpnprd01.prod.outlook.com\r\n\r\n' +
    'ceo@example.com\r\nexample-com.mail.protection.outlook.com\r\n' +
    'Remote Server returned \'550 5.7.606 Access denied, banned sending IP [203.0.113.16]. To request removal from this list please visit https://sender.office.com/ and follow the directions.\'\r\n');
msg('ndr-user-unknown-ja.msg', headers.replace('Undeliverable: Quote', '配信不能: 見積もり'), '配信不能: 見積もり',
    'このメッセージは次の受信者に配信できませんでした:\r\n\r\n' +
    'nobody@example.jp\r\nRemote Server returned \'550 5.1.1 <nobody@example.jp>: Recipient address rejected: User unknown\'\r\n');

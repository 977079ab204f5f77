// Peer: @iptv/xmltv's parseXmltv of FILE, in its own process (src/bench/side-by-side.sh).
// Prints "parse_s=SECONDS channels=N programmes=M": the parse call alone, the file already read into a string.
const fs = require('fs');
const { parseXmltv } = require('@iptv/xmltv');
const text = fs.readFileSync(process.argv[2], 'utf8');
const t = process.hrtime.bigint();
const guide = parseXmltv(text);
const s = Number(process.hrtime.bigint() - t) / 1e9;
console.log(`parse_s=${s.toFixed(3)} channels=${guide.channels.length} programmes=${guide.programmes.length}`);

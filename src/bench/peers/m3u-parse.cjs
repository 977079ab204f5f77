// Peer: iptv-playlist-parser's parse of FILE, in its own process (src/bench/side-by-side.sh).
// Prints "parse_s=SECONDS entries=N": the parse call alone, the file already read into a string.
const fs = require('fs');
const parser = require('iptv-playlist-parser');
const text = fs.readFileSync(process.argv[2], 'utf8');
const t = process.hrtime.bigint();
const playlist = parser.parse(text);
const s = Number(process.hrtime.bigint() - t) / 1e9;
console.log(`parse_s=${s.toFixed(3)} entries=${playlist.items.length}`);

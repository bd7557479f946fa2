import QRCode from 'qrcode';
import { encodePng } from './image-for-pdf';

/**
 * A QR code as an opaque greyscale PNG, `scale` pixels per module, no quiet zone (the page
 * around it is white). Written directly: qrcode's own PNG writer spends ~15 ms trying row filters
 * and adds an alpha channel pdfkit must then split off, on every sheet.
 */
export function qrPng(text: string, scale: number): Buffer {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const side = modules.size * scale;
	const rows = Buffer.alloc(side * (side + 1), 0xff);
	for (let y = 0; y < side; y++) {
		const row = y * (side + 1);
		rows[row] = 0; // filter "none"
		for (let x = 0; x < side; x++) if (modules.get(Math.floor(y / scale), Math.floor(x / scale))) rows[row + 1 + x] = 0;
	}
	return encodePng(side, side, 0, rows);
}

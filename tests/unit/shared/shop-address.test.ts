import { describe, expect, it } from 'vitest';
import { normaliseShopUrl, shopAddressForPrint } from '../../../shared/shop-address.js';

describe('the shop address', () => {
  it.each([
    ['https://shop.example.com', 'https://shop.example.com'],
    ['https://shop.example.com/', 'https://shop.example.com'],
    ['  shop.example.com  ', 'https://shop.example.com'],
    ['HTTPS://Shop.Example.COM/Spring', 'https://shop.example.com/Spring'],
    ['http://photos.school.org/order?school=12', 'http://photos.school.org/order?school=12'],
    ['shop.example.com:8443/spring', 'https://shop.example.com:8443/spring'],
    ['http://192.168.1.20:8080', 'http://192.168.1.20:8080'],
    ['fotos.müller.de', 'https://fotos.xn--mller-kva.de'],
  ])('%s is saved as %s', (typed, saved) => {
    expect(normaliseShopUrl(typed)).toBe(saved);
  });

  it.each([
    [''],
    ['   '],
    ['shop'],
    ['https://shop'],
    ['ftp://shop.example.com'],
    ['javascript:alert(1)'],
    ['mailto:orders@example.com'],
    ['https://user:secret@shop.example.com'],
    ['shop example.com'],
    ['https://'],
    ['shop.example.com.'],
    ['.example.com'],
  ])('%j is no shop address', (typed) => {
    expect(normaliseShopUrl(typed)).toBeNull();
  });

  it.each([
    ['https://shop.example.com', 'shop.example.com'],
    ['https://shop.example.com/spring', 'shop.example.com/spring'],
    ['http://192.168.1.20:8080', 'http://192.168.1.20:8080'],
  ])('%s is printed as %s', (url, printed) => {
    expect(shopAddressForPrint(url)).toBe(printed);
  });
});

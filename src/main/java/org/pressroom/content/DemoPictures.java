package org.pressroom.content;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws the demo's photographs: simple, recognisable scenes (a podium, delegates, a harbour...) made on
 * this machine, so that the demo needs no picture from anywhere else.
 */
final class DemoPictures {

    static final int WIDTH = 2400;
    static final int HEIGHT = 1600;

    private DemoPictures() {
    }

    static BufferedImage draw(String scene, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Random random = new Random(seed);
            switch (scene == null ? "" : scene) {
                case "harbour", "coastline" -> seaside(g, random, scene.equals("harbour"));
                case "flags" -> flags(g, random);
                default -> room(g, random, scene == null ? "podium" : scene);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void seaside(Graphics2D g, Random random, boolean harbour) {
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 215), 0, HEIGHT * 0.55f, new Color(225, 236, 244)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setPaint(new GradientPaint(0, HEIGHT * 0.55f, new Color(30, 90, 130), 0, HEIGHT, new Color(10, 45, 75)));
        g.fillRect(0, (int) (HEIGHT * 0.55), WIDTH, HEIGHT);
        g.setColor(new Color(255, 255, 255, 60));
        for (int i = 0; i < 160; i++) {
            int y = (int) (HEIGHT * 0.56 + random.nextDouble() * HEIGHT * 0.44);
            int x = random.nextInt(WIDTH);
            g.fillRoundRect(x, y, 40 + random.nextInt(160), 4, 4, 4);
        }
        Path2D land = new Path2D.Double();
        land.moveTo(0, HEIGHT * 0.55);
        for (int x = 0; x <= WIDTH; x += 100) {
            land.lineTo(x, HEIGHT * (0.42 + 0.08 * Math.sin(x / 300.0 + random.nextDouble() * 0.3)));
        }
        land.lineTo(WIDTH, HEIGHT * 0.55);
        land.closePath();
        g.setColor(harbour ? new Color(95, 105, 110) : new Color(70, 110, 70));
        g.fill(land);
        if (harbour) {
            for (int i = 0; i < 6; i++) {
                int x = 200 + i * 360;
                g.setColor(new Color(180 + random.nextInt(60), 60 + random.nextInt(80), 40));
                g.fillRect(x, (int) (HEIGHT * 0.40), 220, 110);
                g.setColor(new Color(40, 40, 45));
                g.fillRect(x + 100, (int) (HEIGHT * 0.22), 16, 200);
                g.fillRect(x + 20, (int) (HEIGHT * 0.22), 200, 14);
            }
            g.setColor(new Color(240, 240, 235));
            g.fillRoundRect(900, (int) (HEIGHT * 0.6), 700, 90, 40, 40);
            g.setColor(new Color(200, 50, 40));
            g.fillRect(1150, (int) (HEIGHT * 0.6) - 60, 160, 60);
        }
    }

    private static void flags(Graphics2D g, Random random) {
        g.setPaint(new GradientPaint(0, 0, new Color(150, 190, 230), 0, HEIGHT, new Color(235, 240, 245)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(200, 200, 195));
        g.fillRect(0, (int) (HEIGHT * 0.8), WIDTH, HEIGHT);
        for (int i = 0; i < 9; i++) {
            int x = 140 + i * 260;
            g.setColor(new Color(90, 90, 95));
            g.fillRect(x, 300, 14, (int) (HEIGHT * 0.8) - 300);
            Color[] colours = {new Color(random.nextInt(200), random.nextInt(120), random.nextInt(160)),
                    new Color(230, 230, 225), new Color(200 + random.nextInt(55), random.nextInt(200), 30)};
            for (int stripe = 0; stripe < 3; stripe++) {
                g.setColor(colours[stripe]);
                g.fillRect(x + 14, 300 + stripe * 55, 200, 55);
            }
        }
    }

    private static void room(Graphics2D g, Random random, String scene) {
        g.setPaint(new GradientPaint(0, 0, new Color(40, 62, 92), 0, HEIGHT, new Color(18, 28, 44)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(11, 61, 107));
        g.fillRect(0, 0, WIDTH, 420);
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke(12));
        g.draw(new Ellipse2D.Double(WIDTH / 2.0 - 110, 100, 220, 220));
        g.drawLine(WIDTH / 2 - 110, 210, WIDTH / 2 + 110, 210);
        switch (scene) {
            case "handshake", "signing" -> {
                g.setColor(new Color(120, 85, 55));
                g.fill(new RoundRectangle2D.Double(500, 1050, 1400, 120, 30, 30));
                person(g, 850, 700, random);
                person(g, 1550, 700, random);
                if (scene.equals("signing")) {
                    g.setColor(Color.WHITE);
                    g.fillRect(1000, 1010, 180, 50);
                    g.fillRect(1250, 1010, 180, 50);
                } else {
                    g.setColor(new Color(230, 190, 160));
                    g.fillOval(1150, 850, 100, 70);
                }
            }
            case "delegates", "press-room" -> {
                for (int row = 0; row < 3; row++) {
                    for (int seat = 0; seat < 8; seat++) {
                        person(g, 250 + seat * 280 + (row % 2) * 80, 700 + row * 260, random);
                    }
                }
                if (scene.equals("press-room")) {
                    g.setColor(new Color(30, 30, 30));
                    for (int camera = 0; camera < 4; camera++) {
                        g.fillRect(300 + camera * 550, 1380, 170, 110);
                        g.fillRect(370 + camera * 550, 1490, 30, 110);
                    }
                }
            }
            default -> {
                g.setColor(new Color(90, 60, 40));
                g.fill(new RoundRectangle2D.Double(WIDTH / 2.0 - 260, 950, 520, 650, 30, 30));
                person(g, WIDTH / 2, 650, random);
                g.setColor(new Color(20, 20, 20));
                g.fillRect(WIDTH / 2 - 10, 880, 20, 100);
            }
        }
    }

    private static void person(Graphics2D g, int x, int y, Random random) {
        Color[] suits = {new Color(30, 35, 45), new Color(60, 60, 70), new Color(20, 50, 90), new Color(110, 30, 40)};
        Color[] skins = {new Color(241, 204, 177), new Color(198, 144, 104), new Color(141, 85, 54), new Color(224, 172, 134)};
        g.setColor(suits[random.nextInt(suits.length)]);
        g.fill(new RoundRectangle2D.Double(x - 120, y + 110, 240, 330, 90, 90));
        g.setColor(skins[random.nextInt(skins.length)]);
        g.fillOval(x - 70, y - 40, 140, 160);
    }
}

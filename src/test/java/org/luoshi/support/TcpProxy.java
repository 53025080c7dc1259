package org.luoshi.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder between the application and its PostgreSQL server that a test can cut, so that a database outage is
 * tested without stopping a server other people use. Cut, it drops every open connection and lets new ones hang
 * unanswered — a server that is gone from the network, the case a pool waits longest for; restored, it forwards again.
 */
public final class TcpProxy implements AutoCloseable {

	private final ServerSocket listener;
	private final InetSocketAddress target;
	private final List<Socket> open = new CopyOnWriteArrayList<>();
	private volatile boolean cut;

	private TcpProxy(InetSocketAddress target) throws IOException {
		this.target = target;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "tcp-proxy-" + listener.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A proxy in front of the server of a JDBC URL ({@code jdbc:postgresql://host:port/db}). */
	public static TcpProxy inFrontOf(String jdbcUrl) {
		URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
		try {
			return new TcpProxy(new InetSocketAddress(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The same JDBC URL, through this proxy. */
	public String proxied(String jdbcUrl) {
		return jdbcUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + listener.getLocalPort() + "/");
	}

	public void cut() {
		cut = true;
		open.forEach(TcpProxy::closeQuietly);
		open.clear();
	}

	public void restore() {
		open.forEach(TcpProxy::closeQuietly); // the hanging ones
		open.clear();
		cut = false;
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				open.add(client);
				if (cut) {
					continue; // accepted, never answered
				}
				Socket server = new Socket();
				server.connect(target, 2000);
				open.add(server);
				pump(client, server);
				pump(server, client);
			}
			catch (IOException e) {
				// the listener closed, or the server refused one connection: the client sees its socket close
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException e) {
				// one side closed: close the other below
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

	@Override
	public void close() {
		cut();
		try {
			listener.close();
		}
		catch (IOException ignored) {
			// closing anyway
		}
	}
}

package dev.lineup.sync.dropbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelaySocketFactoryTest {
    @Test
    void socketsTheDropboxClientConnectWithHaveNagleOff() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = new NoDelaySocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 5000);
            assertTrue(socket.getTcpNoDelay(), "an upload chunk would wait for the peer's delayed ACK");
        }
    }

    @Test
    void directlyConnectedSocketsHaveNagleOffToo() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = new NoDelaySocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                        server.getLocalPort())) {
            assertTrue(socket.getTcpNoDelay());
        }
    }
}

//! A TCP stream that reads with the kernel's receive timestamps (`SO_TIMESTAMPNS`).
//!
//! The load generator runs many readers on one core. A reader stamped in user space is stamped
//! when the generator gets round to it: with 50 readers, the last one waits for the other 49
//! to be woken and read, and that queueing is the generator's, not the server's. The kernel
//! stamps a packet when it reaches the reader's socket, before any of that. A read returns the
//! stamp of the newest segment it took, so a frame read together with a later one gets the
//! later one's time: a latency can be overstated this way, never understated. tokio and
//! tungstenite read with plain `read`, which drops the timestamp, hence this wrapper around
//! `recvmsg`.

use crate::clock::Stamp;
use nix::sys::socket::{recvmsg, setsockopt, sockopt, ControlMessageOwned, MsgFlags};
use nix::sys::time::TimeSpec;
use std::io::{self, IoSliceMut};
use std::os::fd::AsRawFd;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, Interest, ReadBuf};
use tokio::net::TcpStream;

pub struct StampedStream {
    inner: TcpStream,
    last: LastReceipt,
}

/// When the bytes of the latest read reached the socket (the kernel's stamp of the last
/// segment read), shared with whoever decodes the frames read.
#[derive(Clone, Default)]
pub struct LastReceipt(Arc<AtomicU64>);

impl LastReceipt {
    /// `None` until a read carried a kernel timestamp.
    pub fn get(&self) -> Option<Stamp> {
        match self.0.load(Ordering::Relaxed) {
            0 => None,
            nanos => Some(Stamp::from_unix_nanos(nanos)),
        }
    }

    /// A read without a stamp clears it: an older read's stamp would understate a latency.
    fn set(&self, stamp: Option<TimeSpec>) {
        let nanos = stamp.map_or(0, |stamp| {
            Duration::new(stamp.tv_sec() as u64, stamp.tv_nsec() as u32).as_nanos() as u64
        });
        self.0.store(nanos, Ordering::Relaxed);
    }
}

impl StampedStream {
    /// Turns on receive timestamps for `inner`. Where the kernel refuses, reads carry no
    /// stamp and each latency ends at its read instead (reports count those as `unstamped`).
    pub fn new(inner: TcpStream) -> StampedStream {
        let _ = setsockopt(&inner, sockopt::ReceiveTimestampns, &true);
        StampedStream {
            inner,
            last: LastReceipt::default(),
        }
    }

    pub fn last_receipt(&self) -> LastReceipt {
        self.last.clone()
    }

    fn read_stamped(&self, into: &mut [u8]) -> io::Result<usize> {
        let mut control = nix::cmsg_space!(TimeSpec);
        let mut iov = [IoSliceMut::new(into)];
        let message = recvmsg::<()>(
            self.inner.as_raw_fd(),
            &mut iov,
            Some(&mut control),
            MsgFlags::empty(),
        )?;
        // The bytes are read by now: control data that cannot be parsed only loses the stamp.
        let stamp = message.cmsgs().ok().and_then(|mut controls| {
            controls.find_map(|control| match control {
                ControlMessageOwned::ScmTimestampns(stamp) => Some(stamp),
                _ => None,
            })
        });
        self.last.set(stamp);
        Ok(message.bytes)
    }
}

impl AsyncRead for StampedStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        loop {
            ready!(self.inner.poll_read_ready(cx))?;
            let read = self.inner.try_io(Interest::READABLE, || {
                self.read_stamped(buf.initialize_unfilled())
            });
            match read {
                Ok(n) => {
                    buf.advance(n);
                    return Poll::Ready(Ok(()));
                }
                // Readiness was stale; `try_io` cleared it, so the next poll registers again.
                Err(error) if error.kind() == io::ErrorKind::WouldBlock => continue,
                Err(error) => return Poll::Ready(Err(error)),
            }
        }
    }
}

impl AsyncWrite for StampedStream {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    #[tokio::test]
    async fn reads_carry_the_kernel_receipt_time() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let (client, accepted) = tokio::join!(TcpStream::connect(address), listener.accept());
        let mut reader = StampedStream::new(client.unwrap());
        let mut writer = accepted.unwrap().0;
        let receipt = reader.last_receipt();
        assert_eq!(receipt.get(), None);
        // The kernel turns receive timestamps on a moment after the first socket asks for them.
        let mut byte = [0u8; 1];
        for _ in 0..100 {
            writer.write_all(b"w").await.unwrap();
            reader.read_exact(&mut byte).await.unwrap();
            if receipt.get().is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }

        let before = Stamp::now();
        writer.write_all(b"hello").await.unwrap();
        // The reader reads a while after the bytes arrived; its stamp is still their arrival.
        tokio::time::sleep(Duration::from_millis(50)).await;
        let mut read = [0u8; 5];
        reader.read_exact(&mut read).await.unwrap();
        let read_at = Stamp::now();
        assert_eq!(&read, b"hello");
        let arrived = receipt.get().expect("a kernel timestamp");
        assert!(arrived >= before, "stamped before it was sent");
        assert!(
            read_at.since(arrived) >= Duration::from_millis(40),
            "the stamp is the arrival, not the read"
        );

        // Writes go through unchanged.
        reader.write_all(b"back").await.unwrap();
        let mut echoed = [0u8; 4];
        writer.read_exact(&mut echoed).await.unwrap();
        assert_eq!(&echoed, b"back");
    }
}
